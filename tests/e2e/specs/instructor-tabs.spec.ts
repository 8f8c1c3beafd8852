import { expect, test, type WebSocketRoute } from "@playwright/test";
import { hostSession, studentJoins } from "../support/classroom.ts";

/**
 * Two instructor tabs press "End phase now" against the same phase: the game moves on one
 * phase, not two (students keep their orders phase), and the tab that came second is told the
 * game had already moved on, as a notice rather than an error.
 *
 * The timing is controlled, not raced: the second tab's Socket.IO connection runs through a
 * WebSocket route that can hold what the server sends it. While it is held, the first tab ends
 * the negotiation phase; the second tab still shows negotiation, so its press is a command
 * issued against the old phase, and only then are the held messages (the new phase, the
 * STALE answer) let through, in order.
 */
test("two instructor tabs ending the phase together advance it once", async ({ browser }) => {
  test.setTimeout(120_000);
  const { host, joinCode } = await hostSession(browser, "Two tabs");
  // One human seat keeps the orders phase open (bots alone submit at once and end it).
  await studentJoins(browser, joinCode, "Aiko", "Japan");
  await host.getByRole("button", { name: "Start game" }).click();
  const controls = (page: typeof host) => page.getByRole("region", { name: "Round controls" });
  await expect(controls(host)).toContainText(/Negotiation/i);

  const second = await host.context().newPage();
  let hold = false;
  let upgraded = false;
  const held: (string | Buffer)[] = [];
  let toPage: WebSocketRoute | null = null;
  await second.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    toPage = ws;
    ws.onMessage((message) => {
      // Engine.IO's "upgrade" packet: from now on the connection has left long-polling.
      if (message === "5") upgraded = true;
      server.send(message);
    });
    server.onMessage((message) => {
      if (hold) held.push(message);
      else ws.send(message);
    });
  });
  await second.goto(host.url());
  await expect(controls(second)).toContainText(/Negotiation/i);
  const endNow = (page: typeof host) => page.getByRole("button", { name: "End phase now" });
  await expect(endNow(second)).toBeEnabled();
  // Everything the second tab hears now comes through the route (not long-polling).
  await expect.poll(() => upgraded, { timeout: 15_000 }).toBe(true);

  hold = true;
  await endNow(host).click();
  await expect(controls(host)).toContainText(/Orders/i);
  // The second tab has not heard of the change: it still offers to end negotiation.
  await expect(controls(second)).toContainText(/Negotiation/i);
  await endNow(second).click();
  hold = false;
  for (const message of held.splice(0)) toPage!.send(message);

  for (const page of [host, second]) await expect(controls(page)).toContainText(/Orders/i);
  const notice = "The game had already moved on; nothing was changed.";
  await expect(second.getByText(notice)).toBeVisible();
  await expect(host.getByText(notice)).toHaveCount(0);
  // Not an error: neither tab reports a refused command.
  for (const page of [host, second]) await expect(page.getByText(/was refused/)).toHaveCount(0);
  // A second later still in the orders phase: nothing advanced it twice.
  await second.waitForTimeout(1_000);
  for (const page of [host, second]) {
    await expect(controls(page)).toContainText(/Orders/i);
    await expect(controls(page)).not.toContainText(/News/);
  }
});
