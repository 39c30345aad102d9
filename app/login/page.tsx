// /login: the sign-in page (only needed when users are configured; in local mode it says so).
import { LoginForm } from "@/components/nav/LoginForm";

export const metadata = { title: "Sign in · Swarmscope" };

export default function LoginPage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <LoginForm />
    </main>
  );
}
