// Server actions taken on a few at a time, in order of arrival (used by
// scripts/server.ts). Under a burst — 500 residents registering at once —
// Node would otherwise advance every request step by step together and
// every answer would come at the end; with slots the first answers come
// early. A request takes a slot only once its body has arrived, so a client
// that sends its body slowly (or never) cannot hold one: a small body that
// has not arrived within `bodyWaitMs`, or a body too large to wait for
// unread (an upload), goes to the handler without a slot, as it would
// without this. Their answers go uncompressed.
import type { IncomingMessage, ServerResponse } from "node:http";
import pLimit from "p-limit";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** Resolves true once the whole body has been received (read or not), false when it is not waited for or too late. */
function bodyArrived(req: IncomingMessage, waitMs: number): Promise<boolean> {
  if (req.complete) return Promise.resolve(true);
  // only a body that fits the request's buffer arrives without being read
  const length = Number(req.headers["content-length"]);
  if (!Number.isFinite(length) || length > req.readableHighWaterMark) return Promise.resolve(false);
  const started = Date.now();
  return new Promise((resolve) => {
    const check = () => (req.complete ? resolve(true) : Date.now() - started >= waitMs ? resolve(false) : setTimeout(check, 2));
    setImmediate(check);
  });
}

export function withActionSlots(handle: Handle, options: { concurrency: number; bodyWaitMs?: number }): Handle {
  const slots = pLimit(options.concurrency);
  const waitMs = options.bodyWaitMs ?? 10_000;
  return async (req, res) => {
    if (req.headers["next-action"] === undefined) return handle(req, res);
    // its answer is a few hundred bytes of RSC, streamed without a length, so Next would gzip it anyway: a fresh
    // zlib stream per registration in a burst costs more than the bytes it saves
    delete req.headers["accept-encoding"];
    if (await bodyArrived(req, waitMs)) return slots(() => handle(req, res));
    return handle(req, res);
  };
}
