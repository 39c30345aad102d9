// egress-proxy: an HTTP proxy that only tunnels (CONNECT) to the hosts it is given, for builds on engines with no route out (the lab swarm's nodes).
// Usage: node --import tsx scripts/egress-proxy.ts LISTEN_ADDRESS HOST:PORT… — prints "listening http://ADDRESS:PORT" once ready; refuses anything else with 403.
import http from "node:http";
import net from "node:net";

const [listen, ...allowed] = process.argv.slice(2);
if (!listen || allowed.length === 0) {
  console.error("usage: egress-proxy.ts LISTEN_ADDRESS HOST:PORT [HOST:PORT…]");
  process.exit(2);
}
const allow = new Set(allowed.map((a) => a.toLowerCase()));

const server = http.createServer((req, res) => {
  // Plain-HTTP forwarding (GET http://…) is never allowed: the registry is HTTPS, and so is anything worth reaching.
  console.error(`egress-proxy: refused ${req.method} ${req.url}`);
  res.writeHead(403, { "content-type": "text/plain" }).end("egress-proxy: only CONNECT to allowed hosts\n");
});

server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
  const target = (req.url ?? "").toLowerCase();
  const m = /^([a-z0-9.-]+):(\d+)$/.exec(target);
  if (!m || !allow.has(target)) {
    console.error(`egress-proxy: refused CONNECT ${req.url}`);
    client.end("HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n");
    return;
  }
  const upstream = net.connect(Number(m[2]), m[1], () => {
    client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
    if (head.length) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  const close = () => {
    upstream.destroy();
    client.destroy();
  };
  upstream.on("error", (err) => {
    console.error(`egress-proxy: ${target}: ${err.message}`);
    if (!client.destroyed) client.end("HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
    close();
  });
  client.on("error", close);
});

server.listen(0, listen, () => {
  const { port } = server.address() as net.AddressInfo;
  console.log(`listening http://${listen}:${port}`);
});
for (const sig of ["SIGTERM", "SIGINT"] as const) process.on(sig, () => process.exit(0));
