// Which deploy output lines are the CLI's advice about itself.
import { describe, expect, it } from "vitest";
import { isCliAdvice } from "./cli-advice";

describe("isCliAdvice", () => {
  it.each<[string, boolean]>([
    ["Since --detach=false was not specified, tasks will be created in the background.", true],
    ["In a future release, --detach=false will become the default.", true],
    ["  Since --detach=false was not specified, tasks will be updated in the background.", true],
    ["Creating service shop_web", false],
    ["failed to create service shop_web: Error response from daemon: rpc error", false],
  ])("%s → %s", (line, advice) => {
    expect(isCliAdvice(line)).toBe(advice);
  });
});
