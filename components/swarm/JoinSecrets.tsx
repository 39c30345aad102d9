"use client";
// Join tokens and the unlock key on the swarm page: masked until an admin reveals them; fetched only then, never kept in the model.
import { type ReactNode, useState } from "react";
import { Section } from "@/components/ui/Section";
import { request } from "@/components/request/request";
import { BUTTON } from "@/components/ui/styles";

interface Tokens {
  worker: string;
  manager: string;
  commands: { worker: string; manager: string };
}
interface Unlock {
  autolock: boolean;
  unlockKey: string | null;
}
type Loaded<T> = { state: "hidden" } | { state: "loading" } | { state: "shown"; data: T } | { state: "refused"; message: string };

async function read<T>(path: string): Promise<Loaded<T>> {
  const answer = await request<T>("GET", path);
  if (answer.ok) return { state: "shown", data: answer.data };
  if (answer.status === 401 || answer.status === 403) return { state: "refused", message: "Only admins can see these." };
  return { state: "refused", message: answer.error };
}

const MASK = "••••••••••••••••••••";

function Secret({ label, value, testId }: { label: string; value: string | null; testId: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <span className="text-[11px] uppercase tracking-wide text-zinc-500">{label}</span>
      <code data-testid={testId} className="break-all rounded bg-zinc-950 px-2 py-1 font-mono text-xs text-zinc-200">
        {value ?? "—"}
      </code>
    </div>
  );
}

/** The masked value, its Reveal button (fetches `path`), and the refusal if there was one. */
function Masked<T>({ path, testId, loaded, setLoaded, children }: { path: string; testId: string; loaded: Loaded<T>; setLoaded: (l: Loaded<T>) => void; children: ReactNode }) {
  return (
    <div className="flex items-center gap-2">
      {children}
      <button
        type="button"
        data-testid={testId}
        className={BUTTON}
        disabled={loaded.state === "loading"}
        onClick={async () => {
          setLoaded({ state: "loading" });
          setLoaded(await read<T>(path));
        }}
      >
        Reveal
      </button>
      {loaded.state === "refused" && (
        <span role="alert" className="text-xs text-amber-300">
          {loaded.message}
        </span>
      )}
    </div>
  );
}

export function JoinSecrets() {
  const [tokens, setTokens] = useState<Loaded<Tokens>>({ state: "hidden" });
  const [unlock, setUnlock] = useState<Loaded<Unlock>>({ state: "hidden" });
  return (
    <Section title="Join tokens and unlock key" testId="join-secrets" aside={<span className="text-[11px] text-zinc-500">admins only · shown on request, never stored</span>}>
      <div className="flex flex-col gap-3">
        {tokens.state === "shown" ? (
          <>
            <Secret label="Join as a worker" value={tokens.data.commands.worker} testId="join-worker" />
            <Secret label="Join as a manager" value={tokens.data.commands.manager} testId="join-manager" />
            <button type="button" className={`${BUTTON} self-start`} onClick={() => setTokens({ state: "hidden" })}>
              Hide
            </button>
          </>
        ) : (
          <Masked path="/api/v1/swarm/join-tokens" testId="reveal-join-tokens" loaded={tokens} setLoaded={setTokens}>
            <code className="font-mono text-xs text-zinc-500">docker swarm join --token {MASK}</code>
          </Masked>
        )}
        {unlock.state === "shown" ? (
          <Secret
            label="Unlock key (docker swarm unlock-key)"
            value={unlock.data.autolock ? unlock.data.unlockKey : "autolock is off: there is no unlock key"}
            testId="unlock-key"
          />
        ) : (
          <Masked path="/api/v1/swarm/unlock-key" testId="reveal-unlock-key" loaded={unlock} setLoaded={setUnlock}>
            <span className="text-xs text-zinc-400">Unlock key: {MASK}</span>
          </Masked>
        )}
      </div>
    </Section>
  );
}
