import { expect, test } from "@playwright/test";
import { endPhases, hostSession } from "../support/classroom.ts";

/**
 * One round on a phone (issue 13 defects 2, 3, 4, 8): every phase change, crisis and resolved
 * round reaches a student who sits on the Orders tab (a toast, one polite aria-live line, a
 * badge on News, an optional beep); statuses belong to the current round ("1 order", no
 * "not yet submitted" outside the orders phase, no confirmation carried into the next round);
 * the news phase says which round's results it shows; and no stale route announcement is left
 * in a role=alert.
 */
test("a student on the Orders tab hears of each phase, the results and the crises", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { host, joinCode } = await hostSession(browser, "Alerts check");
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  // Count the beeps: every oscillator the page starts (Web Audio, no audio file).
  await context.addInitScript(() => {
    const w = window as unknown as { beeps: number };
    w.beeps = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.beeps += 1;
      return start.apply(this, args);
    };
  });
  const phone = await context.newPage();
  await phone.goto(`/join/${joinCode.toLowerCase()}`);
  await phone.getByLabel("Your name").fill("Mina");
  await phone.getByRole("radio", { name: /^Japan/ }).check();
  await phone.getByRole("button", { name: "Join session" }).click();
  await expect(phone).toHaveURL(new RegExp(`/play/${joinCode}`, "i"));
  await expect(phone.getByRole("banner")).toContainText("Japan");

  await host.getByRole("button", { name: "Start game" }).click();
  const banner = phone.getByRole("banner");
  await expect(banner).toContainText("Round 1 of 8");
  await expect(banner).toContainText("Negotiation");
  // No route announcement left over from joining ("Connecting to your seat…").
  await expect(phone.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
  // Defect 4: the chip is for the orders phase only.
  await expect(banner).not.toContainText("Orders not yet submitted");
  await expect(banner.getByRole("button", { name: "Sound off" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );

  // The student works on the Orders tab.
  const sections = phone.getByRole("navigation", { name: "Console sections" });
  await sections.getByRole("button", { name: /^Act/ }).click();
  await phone.getByRole("tab", { name: /^Orders/ }).click();
  const live = phone.locator("p[aria-live=polite][aria-atomic=true]");
  await expect(live).toHaveText("");

  await endPhases(host, [/Orders/]);
  const toasts = phone.getByRole("list", { name: "Alerts" });
  await expect(toasts).toContainText("Round 1: orders phase. Submit your orders.");
  await expect(live).toHaveText("Round 1: orders phase. Submit your orders.");
  await expect(banner).toContainText("Orders not yet submitted");
  await expect(phone.getByRole("heading", { name: "Not yet submitted" })).toBeVisible();

  // One order: "1 order", not "1 orders".
  await phone.getByLabel(/Defence burden/).fill("6");
  await phone.getByRole("button", { name: "Add burden order" }).click();
  await phone.getByRole("button", { name: "Submit orders" }).click();
  await expect(phone.getByText("1 order submitted.", { exact: false })).toBeVisible();
  await expect(phone.getByRole("heading", { name: "Orders submitted" })).toBeVisible();
  await expect(phone.getByText("1 order", { exact: true })).toBeVisible();
  await expect(banner).toContainText("Orders submitted");

  // The sound on: the next alerts beep.
  await banner.getByRole("button", { name: "Sound off" }).click();
  await expect(banner.getByRole("button", { name: "Sound on" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const beepsBefore = await phone.evaluate(() => (window as unknown as { beeps: number }).beeps);

  // Resolution: the news phase shows round 1's results and says so.
  await endPhases(host, [/News|results/i]);
  await expect(toasts).toContainText("Round 1 resolved: read the results in News.");
  // East Asia 2017 releases a scripted crisis with round 2.
  await expect(toasts).toContainText("Crisis: ");
  await expect(banner).toContainText("Round 1 results");
  await expect(banner).not.toContainText("Round 2");
  await expect(banner).not.toContainText(/Orders (not yet )?submitted/);
  await expect
    .poll(() => phone.evaluate(() => (window as unknown as { beeps: number }).beeps))
    .toBeGreaterThan(beepsBefore);
  // Round 1's confirmation and card do not carry into the next round.
  await expect(phone.getByText("1 order submitted.", { exact: false })).toHaveCount(0);
  await expect(phone.getByRole("heading", { name: "Orders for the next round" })).toBeVisible();
  // The News badge on the Situation section; opening News from the toast clears it.
  const situation = sections.getByRole("button", { name: /^Situation/ });
  await expect(situation).toContainText(/\d+\s*new in News/);
  await toasts.getByRole("button", { name: "Open News" }).first().click();
  await expect(phone.getByRole("tab", { name: /^News/ })).toHaveAttribute("aria-selected", "true");
  await expect(situation).not.toContainText(/new in News/);

  // Toasts and the live line go after a while: nothing stays announced all game.
  await expect(live).toHaveText("", { timeout: 20_000 });
  await expect(toasts).toHaveCount(0);

  await endPhases(host, [/Negotiation/]);
  await expect(live).toHaveText("Round 2: negotiation is open.");
  await expect(banner).toContainText("Round 2 of 8");
  await expect(banner).not.toContainText("Orders not yet submitted");
  await expect(phone.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
  await context.close();
  await host.context().close();
});
