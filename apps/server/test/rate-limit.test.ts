import { ClientEvent } from "@threatscape/protocol";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer } from "./helpers.ts";
import { LiveClient } from "./live-client.ts";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it("stops guessing join codes after 15 failures a minute from one address", async () => {
  const created = await server.registry.create({
    title: "Guarded",
    scenario: { presetId: "east-asia-2017" },
    seed: 1,
  });
  if (!created.ok) throw new Error(created.message);
  const guesser = new LiveClient(server.url);
  await guesser.connected();
  const codes: string[] = [];
  for (let i = 0; i < 16; i++) {
    const ack = await guesser.request(ClientEvent.join, {
      joinCode: "ZZZZZZ",
      displayName: "guess",
    });
    codes.push(ack.ok ? "ok" : ack.error.code);
  }
  expect(codes.slice(0, 15).every((code) => code === "NOT_FOUND")).toBe(true);
  expect(codes[15]).toBe("RATE_LIMITED");
  // Even the right code is refused until the window passes: guessing gains nothing.
  const right = await guesser.request(ClientEvent.join, {
    joinCode: created.joinCode,
    displayName: "guess",
  });
  expect(right).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  guesser.close();
});
