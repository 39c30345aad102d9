// Action: remove a secret after typing its name; refused while services use it (docker secret rm NAME).
import { removeDataAction } from "./swarm-data";

export const removeSecret = removeDataAction("secret");
