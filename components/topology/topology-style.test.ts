// Unit tests of label fitting and network pill widths.
import { describe, expect, it } from "vitest";
import { fitLabel, NETWORK_BOX, networkWidth } from "./topology-style";

describe("topology style", () => {
  it("fits long labels with an ellipsis and leaves short ones alone", () => {
    expect(fitLabel("collabnet", 24)).toBe("collabnet");
    expect(fitLabel("e2e-12345-abcde-collabnet", 12)).toBe("e2e-12345-a…");
    expect([...fitLabel("ünïcødé-nämé", 5)]).toHaveLength(5);
  });
  it("sizes network pills between their bounds", () => {
    expect(networkWidth("a")).toBe(NETWORK_BOX.minWidth);
    expect(networkWidth("x".repeat(60))).toBe(NETWORK_BOX.maxWidth);
    expect(networkWidth("collabnet-long")).toBe(14 * 7 + 26);
  });
});
