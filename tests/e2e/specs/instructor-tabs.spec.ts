import { expect, test } from "@playwright/test";
import { hostSession, studentJoins } from "../support/classroom.ts";

/**
 * Two instructor tabs press "End phase now" at the same moment: the game moves on one phase,
 * not two (students keep their orders phase), and the tab that came second is told the game
 * had already moved on, as a notice rather than an error.
 */
// FIXME (known, in the closing note): on a loaded 2-core machine the second tab sometimes
// renders the new phase before its busy loop starts, so its press is a real request against
// the orders phase and ends it; the timing of this browser race is not controlled yet. The
// rule itself (a command issued against an old phase is STALE) is pinned deterministically by
// apps/server/test/room.test.ts "two instructor tabs pressing 'End phase now' together".
test.fixme("two instructor tabs ending the phase together advance it once", async ({ browser }) => {
  test.setTimeout(120_000);
  const { host, joinCode } = await hostSession(browser, "Two tabs");
  // One human seat keeps the orders phase open (bots alone submit at once and end it).
  await studentJoins(browser, joinCode, "Aiko", "Japan");
  await host.getByRole("button", { name: "Start game" }).click();
  const controls = (page: typeof host) => page.getByRole("region", { name: "Round controls" });
  await expect(controls(host)).toContainText(/Negotiation/i);

  const second = await host.context().newPage();
  await second.goto(host.url());
  await expect(controls(second)).toContainText(/Negotiation/i);

  // The second tab is pressed a moment after the first, before it has heard of the change:
  // its page is busy for half a second (so the update cannot render), then the click lands.
  const endNow = (page: typeof host) => page.getByRole("button", { name: "End phase now" });
  await expect(endNow(second)).toBeEnabled();
  await Promise.all([
    endNow(second).evaluate((button: HTMLElement) => {
      const until = Date.now() + 500;
      while (Date.now() < until);
      button.click();
    }),
    endNow(host).click(),
  ]);
  for (const page of [host, second]) await expect(controls(page)).toContainText(/Orders/i);
  const notice = "The game had already moved on; nothing was changed.";
  await expect
    .poll(
      async () => (await host.getByText(notice).count()) + (await second.getByText(notice).count()),
    )
    .toBe(1);
  // Not an error: neither tab reports a refused command.
  for (const page of [host, second]) await expect(page.getByText(/was refused/)).toHaveCount(0);
  // A second later still in the orders phase: nothing advanced it twice.
  await second.waitForTimeout(1_000);
  for (const page of [host, second]) {
    await expect(controls(page)).toContainText(/Orders/i);
    await expect(controls(page)).not.toContainText(/News/);
  }
});
