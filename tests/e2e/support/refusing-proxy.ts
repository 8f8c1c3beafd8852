// A stand-in for a school's web proxy: it forwards plain HTTP to the server but refuses every
// WebSocket upgrade with 403, as many filtering proxies do. Loopback only.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RefusingProxy {
  url: string;
  /** WebSocket upgrades refused so far. */
  refusedUpgrades(): number;
  /** Socket.IO long-polling requests forwarded so far. */
  pollingRequests(): number;
  close(): Promise<void>;
}

export async function startRefusingProxy(target: string): Promise<RefusingProxy> {
  const upstream = new URL(target);
  let refused = 0;
  let polling = 0;
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith("/socket.io/") && req.url.includes("transport=polling")) polling++;
    const forward = http.request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  server.on("upgrade", (_req, socket) => {
    refused++;
    socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    refusedUpgrades: () => refused,
    pollingRequests: () => polling,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
