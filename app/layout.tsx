// Root layout: page chrome shared by every view; rendered per request so Next can put the CSP nonce on its scripts.
import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { KeyboardShortcuts } from "@/components/nav/KeyboardShortcuts";
import { ThemeScript } from "@/components/theme/ThemeScript";
import "./globals.css";

export const metadata: Metadata = {
  title: "Swarmscope",
  description: "Live dashboard and visualizer for Docker Swarm",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection(); // never prerendered: every page carries the nonce of its own request (server/auth/csp.ts)
  return (
    // The theme's class is set on <html> by ThemeScript before React hydrates, hence suppressHydrationWarning (this element only).
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-zinc-950 text-zinc-100 antialiased">
        {children}
        <KeyboardShortcuts />
      </body>
    </html>
  );
}
