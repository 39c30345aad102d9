// Unit tests for viewers' masking: secret-looking env names, and secrets inside values and commands (many payloads), in linear time.
import { describe, expect, it } from "vitest";
import type { ServiceDetail, ServiceSpecDetail } from "../../lib/detail-types";
import { isSecretFlag, MASK, looksSecret, maskArgv, maskEnv, maskSecretsInText, maskServiceDetail } from "./mask";

const M = MASK;

describe("env masking", () => {
  it("masks values whose names look secret, keeps the rest", () => {
    for (const n of ["DB_PASSWORD", "POSTGRES_PASSWD", "API_TOKEN", "AWS_SECRET_ACCESS_KEY", "ssh_private", "api_key"]) expect(looksSecret(n), n).toBe(true);
    for (const n of ["MODE", "GREETING", "PATH"]) expect(looksSecret(n), n).toBe(false);
    expect(
      maskEnv([
        { name: "MODE", value: "prod" },
        { name: "DB_PASSWORD", value: "hunter2" },
        { name: "EMPTY_TOKEN", value: "" },
      ]),
    ).toEqual([
      { name: "MODE", value: "prod" },
      { name: "DB_PASSWORD", value: MASK },
      { name: "EMPTY_TOKEN", value: "" },
    ]);
  });

  it("masks secrets inside values of harmless-looking names", () => {
    expect(
      maskEnv([
        { name: "DATABASE_URL", value: "postgres://app:pw@db:5432/app" },
        { name: "OPTS", value: "--password=hunter2 -v" },
      ]),
    ).toEqual([
      { name: "DATABASE_URL", value: `postgres://app:${M}@db:5432/app` },
      { name: "OPTS", value: `--password=${M} -v` },
    ]);
  });
});

describe("secrets inside text", () => {
  const cases: [string, string][] = [
    // URLs with credentials
    ["postgres://app:pw@host/db", `postgres://app:${M}@host/db`],
    ["postgresql://app:p@ss:w0rd@host:5432/db?sslmode=require", `postgresql://app:${M}@host:5432/db?sslmode=require`],
    ["redis://:sekrit@cache:6379/0", `redis://:${M}@cache:6379/0`],
    ["amqp://guest:guest@rabbit", `amqp://guest:${M}@rabbit`],
    ["mongodb+srv://u:p%40ss@cluster0.example.net/test", `mongodb+srv://u:${M}@cluster0.example.net/test`],
    ["connect 'mysql://root:toor@db' now", `connect 'mysql://root:${M}@db' now`],
    ["two: http://a:b@x and https://c:d@y/", `two: http://a:${M}@x and https://c:${M}@y/`],
    // not credentials
    ["https://example.com:8443/path?q=1", "https://example.com:8443/path?q=1"],
    ["ssh://git@github.com/org/repo", "ssh://git@github.com/org/repo"],
    ["http://host/a:b@c", "http://host/a:b@c"],
    ["mail me at a@b.c: thanks", "mail me at a@b.c: thanks"],
    // secret flags
    ["--password=hunter2", `--password=${M}`],
    ["--password hunter2 --verbose", `--password ${M} --verbose`],
    ["-password hunter2", `-password ${M}`],
    ["--passwd=x --pass=y", `--passwd=${M} --pass=${M}`],
    ["--token=abc.def.ghi", `--token=${M}`],
    ["--api-key=k --apikey=k2 --api_key=k3", `--api-key=${M} --apikey=${M} --api_key=${M}`],
    ["--access-key AKIA --secret-key wJal", `--access-key ${M} --secret-key ${M}`],
    ["--secret=s --auth=user:pw", `--secret=${M} --auth=${M}`],
    ["--db-password=x --redis_pass y", `--db-password=${M} --redis_pass ${M}`],
    ["--PASSWORD='two words' --next", `--PASSWORD='${M}' --next`],
    ['run --password="a b c" done', `run --password="${M}" done`],
    ["--password --verbose", "--password --verbose"], // no value: the next flag stays
    ["mongod --auth --bind_ip_all", "mongod --auth --bind_ip_all"],
    ["--no-auth file.txt", "--no-auth file.txt"],
    ["-p 8080 --port=80 --user=bob --passthrough=yes", "-p 8080 --port=80 --user=bob --passthrough=yes"],
    ["---password=x", "---password=x"],
    // authorization
    ["curl -H 'Authorization: Bearer eyJhbGciOi.x.y' http://api", `curl -H 'Authorization: Bearer ${M}' http://api`],
    ["Bearer abc123", `Bearer ${M}`],
    ["authorization: Basic dXNlcjpwdw==", `authorization: Basic ${M}`],
    ["Authorization: token ghp_abc", `Authorization: token ${M}`],
    ["X-Api-Key: k123 rest", `X-Api-Key: ${M} rest`],
    ["the token expired", "the token expired"],
    // KEY=value pairs
    ["sh -c 'DB_PASSWORD=x ./run'", `sh -c 'DB_PASSWORD=${M} ./run'`],
    ["env API_TOKEN=abc MODE=prod app", `env API_TOKEN=${M} MODE=prod app`],
    ['PGPASSWORD="p w" psql', `PGPASSWORD="${M}" psql`],
    ["export AWS_SECRET_ACCESS_KEY=wJalr;echo ok", `export AWS_SECRET_ACCESS_KEY=${M} ok`], // to the white space: a ; may be part of the secret
    ["https://h/cb?user=bob&token=abc&x=1#frag", `https://h/cb?user=bob&token=${M}&x=1#frag`],
    ["MODE=prod COUNT=3", "MODE=prod COUNT=3"],
    ["a==b x=y", "a==b x=y"],
    ["", ""],
  ];
  it.each(cases)("%s", (input, want) => {
    expect(maskSecretsInText(input)).toBe(want);
  });

  it("flags", () => {
    for (const f of ["--password", "-token", "--API_KEY", "--mysql-root-password"]) expect(isSecretFlag(f), f).toBe(true);
    for (const f of ["--passwordless", "password", "--no-password", "--keyfile", "-p", "--author"]) expect(isSecretFlag(f), f).toBe(false);
  });

  it("argv: a secret flag's value in the next element is masked whole, across command and args", () => {
    expect(maskArgv(["mysqld", "--password", "two words", "--port", "3306"])).toEqual(["mysqld", "--password", M, "--port", "3306"]);
    expect(maskArgv(["curl", "-H", "Authorization: Bearer xyz", "http://u:p@h/"])).toEqual(["curl", "-H", `Authorization: Bearer ${M}`, `http://u:${M}@h/`]);
    expect(maskArgv(["curl", "-H", "Authorization:", "Bearer", "xyz"])).toEqual(["curl", "-H", "Authorization:", "Bearer", M]);
    expect(maskArgv(["app", "--token", "--verbose"])).toEqual(["app", "--token", "--verbose"]);
    const spec = { command: ["server", "--password"], args: ["hunter2", "--mode=x"], env: [] } as unknown as ServiceSpecDetail;
    const masked = maskServiceDetail({ spec, previousSpec: { ...spec, env: [{ name: "URL", value: "amqp://a:b@c" }] } } as unknown as ServiceDetail);
    expect(masked.spec.command).toEqual(["server", "--password"]);
    expect(masked.spec.args).toEqual([M, "--mode=x"]);
    expect(masked.previousSpec?.args).toEqual([M, "--mode=x"]);
    expect(masked.previousSpec?.env).toEqual([{ name: "URL", value: `amqp://a:${M}@c` }]);
  });

  it("is linear: 1 MB values full of '@', ':', '=', quotes and '://' finish and keep their length class", () => {
    const unit = ["@:", "a://b:c@", "://:@", "PASSWORD='", "x=y=", '--password="', "'\"", "Bearer ", "a".repeat(50)];
    for (const u of unit) {
      const big = u.repeat(Math.ceil(1_000_000 / u.length));
      const out = maskSecretsInText(big);
      expect(typeof out).toBe("string");
      expect(out.length).toBeLessThanOrEqual(big.length * 2);
      expect(out.length).toBeGreaterThan(0);
    }
    // Shapes whose masks are known: every credential of a long list of URLs is masked.
    const urls = Array.from({ length: 20_000 }, (_, i) => `redis://u${i}:p${i}@h${i}`).join(" ");
    const masked = maskSecretsInText(urls);
    expect(masked.split(" ").every((w, i) => w === `redis://u${i}:${M}@h${i}`)).toBe(true);
    const argv = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? `v${i}` : "--token"));
    expect(maskArgv(argv).filter((a) => a === M)).toHaveLength(25_000);
  });
});
