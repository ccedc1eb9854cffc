// HTTP load measurement for the benchmarks: a bounded number of requests
// at a fixed concurrency against the local portal, with latency percentiles,
// throughput and response size (bytes on the wire: gzip where the server
// compresses).
import http from "node:http";
export type HttpResult = { label: string; path: string; requests: number; p50: number; p95: number; mean: number; rps: number; bytes: number; errors: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/**
 * One request, read to its last byte as sent (gzip when the server
 * compresses, as browsers ask for it; not unpacked here: like wrk or
 * autocannon, the figure is the server's answer, not this client's work).
 * `agent: false` opens a connection of its own, as a browser's first visit.
 */
export function sendRequest(
  url: URL,
  options: { agent: http.Agent | false; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: Buffer }> {
  const { agent, headers = {}, body } = options;
  const length = body === undefined ? {} : { "Content-Length": String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: body === undefined ? "GET" : "POST", agent, headers: { "Accept-Encoding": "gzip, deflate, br", ...headers, ...length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export async function measureHttp(
  baseUrl: string,
  label: string,
  path: string,
  options: { requests: number; concurrency: number; warmup: number; headers?: Record<string, string> },
): Promise<HttpResult> {
  const url = new URL(path, baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const headers = options.headers ?? {};
  try {
    for (let i = 0; i < options.warmup; i++) await sendRequest(url, { agent, headers });
    const times: number[] = [];
    let bytes = 0;
    let errors = 0;
    let next = 0;
    const started = performance.now();
    async function worker() {
      while (next < options.requests) {
        next++;
        const t = performance.now();
        const res = await sendRequest(url, { agent, headers });
        times.push(performance.now() - t);
        bytes = res.body.length;
        if (res.status < 200 || res.status > 299) errors++;
      }
    }
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const elapsed = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return {
      label,
      path,
      requests: times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      mean: times.reduce((s, t) => s + t, 0) / times.length,
      rps: times.length / elapsed,
      bytes,
      errors,
    };
  } finally {
    agent.destroy();
  }
}

export function printHttpTable(results: HttpResult[], baseline: HttpResult) {
  const rows = results.map((r) => ({
    target: r.label,
    path: r.path,
    requests: r.requests,
    "p50 ms": r.p50.toFixed(1),
    "p95 ms": r.p95.toFixed(1),
    "req/s": r.rps.toFixed(0),
    "bytes (wire)": r.bytes,
    errors: r.errors,
    "p50 ÷ static": (r.p50 / baseline.p50).toFixed(1) + "×",
    "p95 ÷ static": (r.p95 / baseline.p95).toFixed(1) + "×",
  }));
  console.table(rows);
}
