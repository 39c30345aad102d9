// A whole-page message inside the frame: an unknown service or node ("No such service: x"), or still loading.
import Link from "next/link";

export function PageMessage({ title, detail, testId }: { title: string; detail?: string; testId?: string }) {
  return (
    <div data-testid={testId} className="mx-auto mt-10 w-full max-w-xl rounded-xl border border-zinc-800 bg-zinc-900/70 p-6 text-center">
      <h2 role="status" className="text-lg font-semibold text-zinc-100">
        {title}
      </h2>
      {detail && <p className="mt-2 text-sm text-zinc-400">{detail}</p>}
      <Link href="/" className="mt-4 inline-block rounded-md border border-zinc-700 px-3 py-1 text-sm text-zinc-200 hover:bg-zinc-800">
        ← Back to the visualizer
      </Link>
    </div>
  );
}
