"use client";
// Deploy or update a stack: name, compose file, settings and set, secret files, prune; Check (problems + preview), then Deploy with live output and progress.
import { useSearchParams } from "next/navigation";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { BUTTON, INPUT, PRIMARY_BUTTON } from "@/components/ui/styles";
import { readFileBase64, readFileText } from "@/components/swarm-data/file-read";
import { useClusterStore } from "@/components/store/cluster-store";
import type { DockerCliStatus, StackCheck } from "@/lib/stack-types";
import { CheckResult } from "./CheckResult";
import { type DeployState, DeployOutput } from "./DeployOutput";
import { deployStack, dockerCli, type Failure, fetchStack, type StackRequest, validateStack } from "./stack-api";
import { referencedPaths, uploadKey } from "./upload-paths";
import { savedStackWords } from "./saved-words";
import { Problem } from "@/components/ui/Problem";
import { Choice } from "@/components/ui/Choice";
import { settingsSetNames } from "@/lib/settings-sets";

const COMPOSE_EXAMPLE = 'version: "3.8"\nservices:\n  web:\n    image: lab/busybox:1';
const SETTINGS_EXAMPLE = "wordpress:\n  port: 8080\nsets:\n  prod:\n    wordpress:\n      port: 80";
const TEXTAREA = `${INPUT} w-full font-mono text-[12px] leading-5`;

/** A labelled YAML text area (the compose file, the settings). */
function YamlBox({
  label,
  testId,
  rows,
  value,
  onChange,
  placeholder,
}: {
  label: ReactNode;
  testId: string;
  rows: number;
  value: string;
  onChange: (v: string) => void;
  placeholder: string;
}) {
  return (
    <label className="block text-xs text-zinc-300">
      {label}
      <textarea
        data-testid={testId}
        className={`${TEXTAREA} mt-1`}
        rows={rows}
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
    </label>
  );
}

function CliMissing({ status }: { status: DockerCliStatus }) {
  return (
    <div data-testid="cli-missing" role="alert" className="rounded border border-amber-700/60 bg-amber-950/40 p-2 text-xs text-amber-100">
      <p className="font-semibold">{status.message}</p>
      <p>{status.hint}</p>
    </div>
  );
}

export function StackEditor() {
  const params = useSearchParams();
  const { model } = useClusterStore();
  const [name, setName] = useState(params.get("name") ?? "");
  const [compose, setCompose] = useState("");
  const [settings, setSettings] = useState("");
  const [settingsSet, setSettingsSet] = useState<string>("");
  const [files, setFiles] = useState<StackRequest["files"]>({});
  const [prune, setPrune] = useState(false);
  const [check, setCheck] = useState<{ key: string; result: StackCheck | Failure } | null>(null);
  const [checking, setChecking] = useState(false);
  const [deploy, setDeploy] = useState<DeployState | null>(null);
  const [cli, setCli] = useState<DockerCliStatus | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);

  useEffect(() => {
    void dockerCli().then(setCli);
    const initial = params.get("name");
    if (!initial) return;
    void fetchStack(initial).then((r) => {
      if (!r?.saved) return;
      setCompose(r.saved.compose);
      setSettings(r.saved.settings);
      setSettingsSet(r.saved.settingsSet ?? "");
      setPrune(r.saved.prune);
      setLoaded(savedStackWords(r.saved));
    });
  }, [params]);

  const request: StackRequest = useMemo(() => ({ compose, settings, settingsSet: settingsSet || null, files, prune }), [compose, settings, settingsSet, files, prune]);
  const key = JSON.stringify([name, request]);
  const current = check && check.key === key ? check.result : null;
  const checked = current && "plan" in current ? current : null;
  // The sets the settings offer (read as typed), those the last check found, and the one chosen (a saved deploy's, before any check).
  const sets = useMemo(() => {
    const checkedSets = check && "settingsSets" in check.result ? check.result.settingsSets : [];
    return [...new Set([...settingsSetNames(settings), ...checkedSets, ...(settingsSet ? [settingsSet] : [])])];
  }, [settings, check, settingsSet]);

  const runCheck = async () => {
    setChecking(true);
    // A new check starts a new round: the last deploy's output goes (unless it is still running).
    if (!deploy?.running) setDeploy(null);
    const result = await validateStack(name, request);
    setCheck({ key, result });
    setChecking(false);
  };

  const runDeploy = async () => {
    if (!checked?.plan) return;
    const services = model ? Object.values(model.cluster.services) : [];
    const follow = checked.plan
      .filter((i) => i.kind === "service" && (i.action === "create" || i.action === "update"))
      .map((i) => ({ name: i.name, sinceVersion: i.action === "create" ? null : (services.find((s) => s.name === i.name)?.version ?? null) }));
    const state: DeployState = { running: true, lines: [], answer: null, follow };
    setDeploy(state);
    const answer = await deployStack(name, request, (line) => {
      state.lines = [...state.lines, line];
      setDeploy({ ...state });
    });
    setDeploy({ ...state, running: false, answer });
  };

  const addFiles = async (list: FileList | null) => {
    const next = { ...files };
    const referenced = referencedPaths(compose);
    for (const f of Array.from(list ?? [])) next[uploadKey(f.name, referenced)] = { data: await readFileBase64(f), encoding: "base64" };
    setFiles(next);
  };

  return (
    <div className="grid items-start gap-4 px-3 pb-8 lg:grid-cols-2">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void runCheck();
        }}
      >
        {cli && !cli.available && <CliMissing status={cli} />}
        {loaded && (
          <p data-testid="saved-stack" className="text-xs text-sky-300">
            {loaded}
          </p>
        )}
        <label className="block text-xs text-zinc-300">
          Stack name
          <input data-testid="stack-name" className={`${INPUT} mt-1 block w-64 font-mono`} value={name} onChange={(e) => setName(e.target.value)} placeholder="wordpress" />
        </label>
        <YamlBox label="Compose file (version 3.x)" testId="compose" rows={18} value={compose} onChange={setCompose} placeholder={COMPOSE_EXAMPLE} />
        <label className="block text-xs text-zinc-400">
          …or upload one:{" "}
          <input type="file" accept=".yml,.yaml,text/yaml" className="text-xs" onChange={async (e) => e.target.files?.[0] && setCompose(await readFileText(e.target.files[0]))} />
        </label>
        <YamlBox
          label={
            <>
              Settings (optional; variables like {"${wordpress.port}"}; named sets under <span className="font-mono">sets:</span> override the rest)
            </>
          }
          testId="settings"
          rows={7}
          value={settings}
          onChange={setSettings}
          placeholder={SETTINGS_EXAMPLE}
        />
        <label className="block text-xs text-zinc-300">
          Settings set{" "}
          <Choice testId="settings-set" className={`${INPUT} w-40`} value={settingsSet} choices={["", ...sets]} labelOf={(s) => s || "defaults only"} onChange={setSettingsSet} />
        </label>
        <div className="text-xs text-zinc-300">
          Secret, config and env files (matched by file name to the compose file&apos;s <span className="font-mono">file:</span> and <span className="font-mono">env_file:</span>{" "}
          entries; never stored): <input type="file" multiple data-testid="secret-files" className="text-xs" onChange={(e) => void addFiles(e.target.files)} />
          <ul className="mt-1 space-y-0.5">
            {Object.keys(files).map((f) => (
              <li key={f} data-testid="upload" data-path={f} className="flex items-center gap-2 font-mono">
                {f}
                <button type="button" className={BUTTON} onClick={() => setFiles(Object.fromEntries(Object.entries(files).filter(([k]) => k !== f)))}>
                  remove
                </button>
              </li>
            ))}
          </ul>
        </div>
        <label className="flex items-center gap-2 text-xs text-zinc-300">
          <input type="checkbox" checked={prune} onChange={(e) => setPrune(e.target.checked)} /> --prune: remove services of this stack that the file no longer has
        </label>
        <div className="flex gap-2">
          <button type="submit" data-testid="check-button" className={BUTTON} disabled={checking || !name}>
            {checking ? "Checking…" : "Check & preview"}
          </button>
          <button
            type="button"
            data-testid="deploy-button"
            className={PRIMARY_BUTTON}
            disabled={!checked?.ok || deploy?.running || cli?.available === false}
            onClick={() => void runDeploy()}
          >
            Deploy
          </button>
        </div>
        {check && check.key !== key && <p className="text-xs text-zinc-500">Changed since the last check: check again to deploy.</p>}
      </form>
      <div className="space-y-4">
        {current && "error" in current && <Problem of={current.error} className="text-xs" testId="check-error" />}
        {checked && <CheckResult check={checked} stack={name} prune={prune} withFiles={Object.keys(files).length > 0} />}
        {deploy && <DeployOutput state={deploy} />}
      </div>
    </div>
  );
}
