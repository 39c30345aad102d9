import { describe, expect, it } from "vitest";
import { masked, parseCliTable, stateWord } from "./cli-table";

describe("parseCliTable", () => {
  it("cuts rows at the header's columns, empty cells included", () => {
    const out = [
      "ID             NAME          IMAGE           NODE       DESIRED STATE   CURRENT STATE            ERROR     PORTS",
      "g5qosao8lzkz   hello.1       lab/busybox:2   manager2   Running         Running 7 seconds ago              ",
      "zu5kkm0wya63    \\_ hello.1   lab/busybox:1   manager2   Shutdown        Shutdown 7 seconds ago   boom      ",
    ].join("\n");
    const t = parseCliTable(out);
    expect(t.header).toEqual(["ID", "NAME", "IMAGE", "NODE", "DESIRED STATE", "CURRENT STATE", "ERROR", "PORTS"]);
    expect(t.rows[0]).toMatchObject({ NAME: "hello.1", NODE: "manager2", "DESIRED STATE": "Running", ERROR: "" });
    expect(t.rows[1]).toMatchObject({ NAME: "\\_ hello.1", ERROR: "boom" });
    expect(stateWord(t.rows[1]["CURRENT STATE"])).toBe("Shutdown");
  });
  it("masks IDs and times, not names", () => {
    expect(masked("g5qosao8lzkz")).toBe("<id>");
    expect(masked("2khxt1gzq19i1floif0uejbw5 *")).toBe("<id> *");
    expect(masked("Running 7 seconds ago")).toBe("Running <ago>");
    expect(masked("lab/busybox:1")).toBe("lab/busybox:1");
    expect(masked("manager1")).toBe("manager1");
  });
});
