// The server's action slots (lib/http/action-slots.ts) over real HTTP: server
// actions are handled a few at a time in order of arrival, other requests
// are not queued, and a client that holds back its body holds no slot.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { withActionSlots } from "../../lib/http/action-slots.ts";

let server: http.Server | null = null;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A server whose handler reads the body, waits `ms`, and answers with the body; `log` records starts and ends. */
async function start(concurrency: number, ms: number, log: string[], bodyWaitMs?: number): Promise<number> {
  const handle = withActionSlots(
    async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks).toString();
      log.push(`start ${body}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${body}`);
      res.end(body);
    },
    { concurrency, bodyWaitMs },
  );
  // a client that goes away mid-body makes reading it fail: that request is simply over
  server = http.createServer((req, res) => void Promise.resolve(handle(req, res)).catch(() => res.destroy()));
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

function send(port: number, body: string, action = true): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        port,
        host: "127.0.0.1",
        method: "POST",
        agent: false,
        headers: { "Content-Length": Buffer.byteLength(body), ...(action ? { "Next-Action": "x" } : {}) },
      },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve(text));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("action slots", () => {
  it("handles server actions one slot at a time, in order of arrival", async () => {
    const log: string[] = [];
    const port = await start(1, 20, log);
    const answers: string[] = [];
    const sent: Promise<void>[] = [];
    for (const n of ["a", "b", "c"]) {
      sent.push(send(port, n).then((t) => void answers.push(t)));
      await new Promise((r) => setTimeout(r, 5)); // arrive in this order
    }
    await Promise.all(sent);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(answers).toEqual(["a", "b", "c"]);
  });

  it("does not queue other requests behind the actions", async () => {
    const log: string[] = [];
    const port = await start(1, 400, log);
    const action = send(port, "action");
    await new Promise((r) => setTimeout(r, 20));
    const page = send(port, "page", false);
    await Promise.all([action, page]);
    expect(log.indexOf("start page")).toBeLessThan(log.indexOf("end action")); // it ran while the action held the only slot
  });

  it("gives no slot to a request whose body does not arrive", async () => {
    const log: string[] = [];
    const port = await start(1, 10, log, 100);
    // a client that announces 10 bytes, sends 4 and waits
    const slow = http.request({ port, host: "127.0.0.1", method: "POST", agent: false, headers: { "Content-Length": 10, "Next-Action": "x" } });
    slow.on("error", () => {});
    slow.write("slow");
    await new Promise((r) => setTimeout(r, 150)); // past the wait: it went to the handler without a slot
    expect(await send(port, "fast")).toBe("fast"); // the only slot was free
    expect(log).toEqual(["start fast", "end fast"]);
    slow.destroy();
  });
});
