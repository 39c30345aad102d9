// `npm run users -- add NAME --role ROLE` (password from SWARMSCOPE_USER_PASSWORD or stdin) and `npm run users -- list`.
import { isRole } from "../lib/roles";
import { dataDirFromEnv, UserStore } from "../server/auth/user-store";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0];
}

async function main(args: string[]): Promise<void> {
  const store = new UserStore(dataDirFromEnv());
  const [command, name] = args;
  if (command === "list") {
    for (const u of store.list()) console.log(`${u.name}\t${u.role}`);
    return;
  }
  if (command !== "add" || !name) throw new Error("usage: npm run users -- add NAME --role viewer|operator|admin   |   npm run users -- list");
  const role = args[args.indexOf("--role") + 1];
  if (!args.includes("--role") || !isRole(role)) throw new Error("--role must be viewer, operator or admin");
  if (process.stdin.isTTY && !process.env.SWARMSCOPE_USER_PASSWORD) process.stderr.write("Password (one line): ");
  const password = process.env.SWARMSCOPE_USER_PASSWORD ?? (await readStdin());
  await store.add(name, role, password);
  console.log(`added ${name} (${role}) to ${dataDirFromEnv()}/users.sqlite`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`users: ${(err as Error).message}`);
  process.exit(1);
});
