import os from "node:os";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";
import { afterEach, describe, expect, it } from "vitest";
import type { AppRouter } from "../src/index.ts";
import { startTestServer } from "./helpers.ts";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
const trpcFor = (url: string) =>
  createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${url}/trpc`, transformer: superjson })],
  });

// This machine's own external IPv4 addresses, read independently of the server's code.
const machineLan = Object.values(os.networkInterfaces())
  .flat()
  .filter((e) => e?.family === "IPv4" && !e.internal && !e.address.startsWith("169.254."))
  .map((e) => e!.address);

/** Issue 12, defect 5: the join link an instructor who opened localhost hands to students. */
describe("the join address", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it.skipIf(machineLan.length === 0)(
    "is this machine's LAN address, which answers, when the instructor opened localhost",
    async () => {
      server = await startTestServer({ HOST: "0.0.0.0" });
      const browserOrigin = `http://localhost:${server.port}`;
      const address = await trpcFor(server.url).joinAddress.query({ browserOrigin });
      expect(machineLan.map((ip) => `http://${ip}:${server!.port}`)).toContain(address.origin);
      expect(address.source).toBe("lan");
      expect(new URL(address.origin).hostname).not.toMatch(/^(localhost|127\.)/);
      // A student's device on the network reaches the server there.
      expect((await fetch(`${address.origin}/healthz`)).status).toBe(200);
    },
  );

  it("follows the machine's interfaces, PUBLIC_URL first, and warns on loopback only", async () => {
    const wifi = { wlan0: [{ address: "192.168.1.20", family: "IPv4", internal: false }] };
    server = await startTestServer(
      { HOST: "0.0.0.0" },
      { networkInterfaces: () => wifi as unknown as ReturnType<typeof os.networkInterfaces> },
    );
    const local = `http://localhost:${server.port}`;
    expect(await trpcFor(server.url).joinAddress.query({ browserOrigin: local })).toEqual({
      origin: `http://192.168.1.20:${server.port}`,
      source: "lan",
      candidates: [`http://192.168.1.20:${server.port}`],
      warning: null,
    });
    await server.close();

    server = await startTestServer({ PUBLIC_URL: "https://class.example.edu/threatscape" });
    expect(
      await trpcFor(server.url).joinAddress.query({ browserOrigin: "http://localhost:3000" }),
    ).toMatchObject({ origin: "https://class.example.edu", source: "public-url" });
    await server.close();

    server = await startTestServer({ HOST: "127.0.0.1" });
    const only = await trpcFor(server.url).joinAddress.query({ browserOrigin: local });
    expect(only).toMatchObject({ origin: local, source: "localhost" });
    expect(only.warning).toMatch(/Only this computer/);
  });
});
