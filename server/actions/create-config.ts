// Action: create a config from text or an uploaded file, with labels (docker config create NAME -).
import { createDataAction } from "./swarm-data";

export const createConfig = createDataAction("config");
