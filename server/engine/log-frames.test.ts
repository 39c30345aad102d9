// Unit tests of the log frame parser: headers, details labels, partial frames.
import { describe, expect, it } from "vitest";
import { LogFrameParser, parseLogPayload } from "./log-frames";

function frame(type: number, text: string): Buffer {
  const body = Buffer.from(text, "utf8");
  const head = Buffer.alloc(8);
  head[0] = type;
  head.writeUInt32BE(body.length, 4);
  return Buffer.concat([head, body]);
}

const LINE = "2026-11-28T19:55:03.386457671Z com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t1 line 1 from box\n";

describe("log frames", () => {
  it("reads time, task, node, service and text", () => {
    expect(parseLogPayload(LINE, "stdout")).toEqual({
      stream: "stdout",
      time: "2026-11-28T19:55:03.386457671Z",
      taskId: "t1",
      nodeId: "n1",
      serviceId: "s1",
      text: "line 1 from box",
    });
  });
  it("keeps a partial frame until the rest arrives, and tells stderr apart", () => {
    const p = new LogFrameParser();
    const bytes = Buffer.concat([frame(1, LINE), frame(2, LINE.replace("line 1", "oops"))]);
    expect(p.push(bytes.subarray(0, 20))).toEqual([]);
    const lines = p.push(bytes.subarray(20));
    expect(lines.map((l) => [l.stream, l.text])).toEqual([
      ["stdout", "line 1 from box"],
      ["stderr", "oops from box"],
    ]);
  });
  it("reads a line without details", () => {
    expect(parseLogPayload("2026-11-28T19:55:03Z plain text", "stdout")).toMatchObject({ taskId: null, text: "plain text" });
  });
});
