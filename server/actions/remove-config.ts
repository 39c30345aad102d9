// Action: remove a config after typing its name; refused while services use it (docker config rm NAME).
import { removeDataAction } from "./swarm-data";

export const removeConfig = removeDataAction("config");
