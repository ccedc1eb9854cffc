// The production web server: Next.js behind Node's own HTTP server, so the
// portal knows the TCP peer of every request. The peer's address goes into
// the `x-sdp-peer` header, replacing anything a client sent under that name;
// lib/http/client-ip.ts derives the client's address from it and the trusted
// proxies. Started by scripts/start.ts; SIGTERM closes it.
import http from "node:http";
import path from "node:path";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  req.headers["x-sdp-peer"] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, () => console.log(`[server] luistert op poort ${port}`));

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  });
}
