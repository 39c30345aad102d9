// The deploy page's settings-set choice: the names under `sets:` and nothing else.
import { describe, expect, it } from "vitest";
import { settingsSetNames } from "./settings-sets";

describe("settingsSetNames", () => {
  it.each<[string, string, string[]]>([
    ["no settings", "", []],
    ["defaults only", "wordpress:\n  port: 8080\n", []],
    [
      "two sets, their own keys not counted",
      "wordpress:\n  port: 8080\nsets:\n  dev:\n    wordpress:\n      port: 8081\n  prod:\n    wordpress:\n      port: 80\n",
      ["dev", "prod"],
    ],
    ["comments, blank lines and a key after the sets", "sets:   # named\n\n  # the lab\n  lab:\n    x: 1\n  prod: {}\nother:\n  staging: 1\n", ["lab", "prod"]],
    ["CRLF line ends", "sets:\r\n  prod:\r\n    a: 1\r\n", ["prod"]],
    ["a key named sets deeper down is not the sets", "app:\n  sets:\n    x: 1\n", []],
  ])("%s", (_, text, names) => {
    expect(settingsSetNames(text)).toEqual(names);
  });
});
