// The docker stack deploy and rm command lines, shared by the server (which runs it) and the page (which shows how to do the same by hand).
import { cliCommand } from "./shell-quote";

/** `--resolve-image never` always (no registry is asked: images must be on the nodes or pullable by them). */
export function stackDeployArgs(name: string, composePath: string, prune: boolean): string[] {
  return ["stack", "deploy", "--compose-file", composePath, "--resolve-image", "never", ...(prune ? ["--prune"] : []), name];
}

/** The file name the page offers the rendered compose file under. */
export const renderedFileName = (stack: string) => `${stack || "stack"}.rendered.yml`;

/** What a user runs to deploy exactly what Swarmscope would: the rendered file (settings filled in), saved under renderedFileName. */
export function reproduceDeployCli(stack: string, prune: boolean): string {
  return cliCommand(["docker", ...stackDeployArgs(stack, renderedFileName(stack), prune)]);
}

/** docker stack rm: the arguments the server runs, and the command the page shows before and after. */
export const stackRemoveArgs = (name: string) => ["stack", "rm", name];
export const stackRemoveCli = (name: string) => cliCommand(["docker", ...stackRemoveArgs(name)]);
