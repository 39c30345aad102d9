// Every action the HTTP API offers; one file each in this folder.
import type { z } from "zod";
import type { Action } from "./action";
import { scaleService } from "./scale-service";
import { setNodeAvailability } from "./set-node-availability";

export const ACTIONS: readonly Action<z.ZodType>[] = [scaleService, setNodeAvailability];
