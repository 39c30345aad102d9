// Starting the real server on 0.0.0.0 with no users configured exits 1 with a message saying how to configure sign-in.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

it("refuses HOST=0.0.0.0 without authentication", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "swarmscope-start-"));
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: "0.0.0.0", PORT: "0", SWARMSCOPE_DATA_DIR: dataDir, NODE_ENV: "production" };
  delete env.SWARMSCOPE_ADMIN_PASSWORD;
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = execFile("node_modules/.bin/tsx", ["server/index.ts"], { env, timeout: 60_000 }, (err: Error | null, _stdout: string, stderr: string) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stderr }),
    );
    child.stdin?.end();
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("refusing to listen on 0.0.0.0 without authentication");
  expect(result.stderr).toContain("SWARMSCOPE_ADMIN_PASSWORD");
  expect(result.stderr).toContain("npm run users -- add NAME --role admin");
}, 60_000);
