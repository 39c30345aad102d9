// Action: create a secret from text or an uploaded file, with labels (docker secret create NAME -).
import { createDataAction } from "./swarm-data";

export const createSecret = createDataAction("secret");
