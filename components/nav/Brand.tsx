// The product mark and name at the left of every header: an h1 on the visualizer, a plain span where the page has its own h1.
export function Brand({ as: Tag }: { as: "h1" | "span" }) {
  return (
    <Tag className="flex items-center gap-2 text-lg font-bold tracking-tight text-zinc-50">
      <span aria-hidden="true" className="grid h-6 w-6 place-items-center rounded-md bg-sky-600 text-sm text-white">
        ◎
      </span>
      Swarmscope
    </Tag>
  );
}
