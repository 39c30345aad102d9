// Unit tests: uploads are matched by file name to the paths the compose file names.
import { describe, expect, it } from "vitest";
import { referencedPaths, uploadKey } from "./upload-paths";

const COMPOSE = `services:
  web:
    image: x
    env_file:
      - ./env/web.env
      - common.env
  db:
    image: y
    env_file: "./db.env"
secrets:
  pw:
    file: ./secrets/db_password.txt
configs:
  conf:
    file: 'app.conf'
`;

describe("upload paths", () => {
  it("finds file: and env_file: paths", () => {
    expect(referencedPaths(COMPOSE).sort()).toEqual(["./db.env", "./env/web.env", "./secrets/db_password.txt", "app.conf", "common.env"].sort());
  });
  it("keys an upload by the referenced path with its name, else ./name", () => {
    const refs = referencedPaths(COMPOSE);
    expect(uploadKey("db_password.txt", refs)).toBe("./secrets/db_password.txt");
    expect(uploadKey("web.env", refs)).toBe("./env/web.env");
    expect(uploadKey("other.txt", refs)).toBe("./other.txt");
  });
});
