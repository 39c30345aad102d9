"use client";
// A QR code as an SVG (lean-qr encodes; one path of dark modules, a quiet zone of 4), black on white for any phone camera.
import { generate } from "lean-qr";
import { useMemo } from "react";

export function QrCode({ text, size = 176, label }: { text: string; size?: number; label: string }) {
  const { n, path } = useMemo(() => {
    const code = generate(text);
    let d = "";
    for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    return { n: code.size + 8, path: d };
  }, [text]);
  return (
    <svg data-testid="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges" className="rounded bg-white">
      <rect width={n} height={n} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
