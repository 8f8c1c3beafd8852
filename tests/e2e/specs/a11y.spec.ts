import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { endPhases, hostSession, openTab, studentJoins } from "../support/classroom.ts";

/**
 * Issue 13, defect 8: every page passes axe-core (WCAG 2.1 A and AA rules, contrast included)
 * with no serious or critical violation, in the states a class sees it: landing, join, the
 * student's lobby and console, the instructor's setup and console, the projector, and the
 * review pages (debrief, replay, students, one student).
 */
async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
    }));
  // Soft: one run reports every page's violations, not only the first page's.
  expect.soft(serious, `axe: serious or critical violations on ${what}`).toEqual([]);
}

test("every page has no serious or critical axe violation", async ({ browser }) => {
  test.setTimeout(240_000);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/");
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(visitor, "the landing page");
  await visitor.goto("/join");
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(visitor, "/join");
  await visitor.goto("/host");
  await expect(visitor.getByRole("radio", { name: /East Asia 2017/ })).toBeVisible();
  await expectNoSeriousViolations(visitor, "/host (my sessions and setup)");

  const { host, joinCode, gameId } = await hostSession(browser, "Accessible class");
  await expectNoSeriousViolations(host, "the instructor console (lobby)");
  await visitor.goto(`/join/${joinCode}`);
  await expect(visitor.getByLabel("Your name")).toBeVisible();
  await expectNoSeriousViolations(visitor, "/join/<code>");
  const japan = await studentJoins(browser, joinCode, "Aiko", "Japan");
  await expectNoSeriousViolations(japan, "the student lobby");
  const screen = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await screen.goto(`/screen/${joinCode}`);
  await expect(screen.getByRole("region", { name: "How to join" })).toBeVisible();
  await expectNoSeriousViolations(screen, "the projector (lobby)");

  await host.getByRole("button", { name: "Start game" }).click();
  await expect(japan.getByRole("timer")).toBeVisible();
  await expectNoSeriousViolations(japan, "the student console (negotiation)");
  await openTab(japan, "Negotiate");
  await expectNoSeriousViolations(japan, "the student console (negotiate tab)");
  await expectNoSeriousViolations(host, "the instructor console (running)");
  await expect(screen.getByRole("timer")).toBeVisible();
  await expectNoSeriousViolations(screen, "the projector (running)");
  await endPhases(host, [/Orders/i, /News/i]);
  await expect(screen.getByRole("region", { name: "Round 1 results" })).toBeVisible();
  await expectNoSeriousViolations(screen, "the projector (round summary)");
  await host.getByRole("button", { name: "End game" }).click();
  await host.getByRole("button", { name: "End the game" }).click();
  await expect(screen.getByRole("region", { name: "Game over: final blocs" })).toBeVisible();
  await expectNoSeriousViolations(screen, "the projector (game over)");

  await host.goto(`/review/${gameId}`);
  await expect(host.getByText(/balance of threat/i).first()).toBeVisible();
  await expectNoSeriousViolations(host, "the debrief");
  await host.goto(`/review/${gameId}/replay`);
  await expect(host.getByLabel("Point of view")).toBeVisible();
  await expectNoSeriousViolations(host, "the replay");
  await host.goto(`/review/${gameId}/students`);
  const aiko = host.getByRole("link", { name: /Aiko/ }).first();
  await expect(aiko).toBeVisible();
  await expectNoSeriousViolations(host, "the students list");
  await aiko.click();
  await expect(host).toHaveURL(/\/students\/p_/);
  await expect(host.getByRole("heading", { name: /Aiko/ }).first()).toBeVisible();
  await expectNoSeriousViolations(host, "one student's page");
  for (const page of [visitor, japan, screen, host]) await page.context().close();
});

/** Presses Tab until the focused element's name matches (bounded), as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute("aria-label") ?? el.textContent ?? "").trim() : "";
    });
    if (name.test(focused)) return;
  }
  throw new Error(`no focusable element named ${name} within ${max} Tab presses`);
}

/**
 * Issue 13, defect 8: a whole round by keyboard alone. The instructor starts the game and
 * ends each phase with Tab and Enter; the student reaches the Orders tab (arrow keys inside
 * the tab list) and submits "No change" with Enter. No mouse click anywhere.
 */
test("a whole round can be played and run from the keyboard", async ({ browser }) => {
  test.setTimeout(120_000);
  // News lasts until the instructor ends it: on a slow machine its timer could otherwise end
  // it first, and the Enter meant for it would end round 2's negotiation instead.
  const { host, joinCode } = await hostSession(browser, "Keyboard round", { newsSeconds: 600 });
  const japan = await studentJoins(browser, joinCode, "Aiko", "Japan");
  const controls = host.getByRole("region", { name: "Round controls" });
  await host.locator("body").focus();
  await tabTo(host, /^Start game/);
  await host.keyboard.press("Enter");
  await expect(controls).toContainText(/Negotiation/i);
  await tabTo(host, /^End phase now$/);
  await host.keyboard.press("Enter");
  await expect(controls).toContainText(/Orders/i);

  // The student: Tab into the action column's tab list, arrow to Orders, submit by Enter.
  await expect(japan.getByRole("tab", { name: /^Orders/ })).toBeVisible();
  await japan.locator("body").focus();
  await tabTo(japan, /^(Treaties|Demands|Orders)/);
  for (let i = 0; i < 3; i++) {
    const onOrders = await japan.evaluate(() =>
      (document.activeElement?.textContent ?? "").trim().startsWith("Orders"),
    );
    if (onOrders) break;
    await japan.keyboard.press("ArrowRight");
  }
  await japan.keyboard.press("Enter");
  await expect(japan.getByRole("tab", { name: /^Orders/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await tabTo(japan, /^No change$/);
  await japan.keyboard.press("Enter");
  await expect(host.getByRole("region", { name: "Orders alerts" })).toContainText(
    "Every state's orders are in.",
  );

  // The instructor ends the orders phase (the round resolves) and the news phase.
  await host.locator("body").focus();
  await tabTo(host, /^End phase now$/);
  await host.keyboard.press("Enter");
  await expect(controls).toContainText(/News/i);
  // The pressed button is disabled while its command runs, which drops focus: Tab back to it.
  await host.locator("body").focus();
  await tabTo(host, /^End phase now$/);
  await host.keyboard.press("Enter");
  await expect(controls).toContainText(/Round 2/);
  await expect(controls).toContainText(/Negotiation/i);
  await japan.context().close();
  await host.context().close();
});
