// Host header rule: loopback, IP literals and configured names pass; every other name (a rebound DNS name) is refused.
import { describe, expect, it } from "vitest";
import { hostName, hostProblem, hostRule } from "./host-check";

const local = hostRule({ listenHost: "127.0.0.1" });
const configured = hostRule({ listenHost: "0.0.0.0", allowed: ["swarm.example.com", "Dash.Example.org:8443"], publicUrl: "https://public.example.net/x" });

describe("host check", () => {
  it.each([
    ["Example.COM.:3000", "example.com"],
    ["[::1]:3000", "::1"],
    ["127.0.0.1", "127.0.0.1"],
    ["", null],
    [undefined, null],
    ["[", null],
  ])("parses the Host header %j as %j", (header, name) => expect(hostName(header)).toBe(name));
  it.each(["127.0.0.1:3000", "127.1.2.3", "localhost:3000", "LOCALHOST", "localhost.", "app.localhost:3000", "[::1]:3000", "10.0.0.5:3000", "[fe80::1]"])(
    "serves %s by default",
    (host) => expect(hostProblem(host, local)).toBeNull(),
  );
  it.each(["rebind.example:3000", "rebind.example", "127.0.0.1.nip.io", "localhost.evil.com", "evil.com:3000", "localhostx", "0x7f000001", "2130706433"])(
    "refuses %s by default",
    (host) => expect(hostProblem(host, local)).toMatch(/not a name this server answers to/),
  );
  it("refuses a request without a Host header", () => expect(hostProblem(undefined, local)).toMatch(/no Host/));
  it("serves configured names and the public URL's host, and still refuses others", () => {
    expect(hostProblem("swarm.example.com", configured)).toBeNull();
    expect(hostProblem("dash.example.org:3000", configured)).toBeNull();
    expect(hostProblem("public.example.net", configured)).toBeNull();
    expect(hostProblem("other.example.com", configured)).not.toBeNull();
    expect(hostProblem("0.0.0.0", configured)).toBeNull(); // an IP literal, never a rebound name
  });
  it("serves the listen host when it is a name", () => {
    expect(hostProblem("myhost.lan:3000", hostRule({ listenHost: "myhost.lan" }))).toBeNull();
  });
});
