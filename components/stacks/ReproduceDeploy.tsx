"use client";
// The rendered compose file (settings filled in) to download, and the docker CLI command that deploys exactly it, as Swarmscope would.
import { useEffect, useState } from "react";
import { CliBox } from "@/components/ui/CliBox";
import { renderedFileName, reproduceDeployCli } from "@/lib/stack-deploy-cli";

interface Props {
  stack: string;
  rendered: string;
  prune: boolean;
  /** Secret, config or env files came along: they must sit next to the rendered file. */
  withFiles: boolean;
}

export function ReproduceDeploy({ stack, rendered, prune, withFiles }: Props) {
  // The object URL lives exactly as long as this file's text (made and revoked by the same effect).
  const [href, setHref] = useState<string | undefined>(undefined);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([rendered], { type: "application/yaml" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [rendered]);
  const file = renderedFileName(stack);
  return (
    <div data-testid="reproduce-deploy" className="space-y-1 text-xs text-zinc-400">
      <p>
        By hand:{" "}
        <a data-testid="download-rendered" href={href} download={file} className="font-mono text-sky-300 underline hover:text-sky-200">
          download {file}
        </a>
        {withFiles ? ", put the secret, config and env files you chose next to it," : ""} then run
      </p>
      <CliBox cli={reproduceDeployCli(stack, prune)} testId="reproduce-cli" caption="docker CLI, with the rendered file" compact />
    </div>
  );
}
