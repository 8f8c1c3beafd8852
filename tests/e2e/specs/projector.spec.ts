import { expect, test } from "@playwright/test";
import { endPhases, hostSession } from "../support/classroom.ts";

/**
 * The projector read from the back row (issue 13) at 1920x1080: the phase and clock are large,
 * state names and bloc numbers on the map are at least 28 px, and no headline is clipped.
 */
test("the projector is readable from the back row at 1920x1080", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const { host, joinCode } = await hostSession(browser, "Back row check");
  const screen = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await screen.goto(`/screen/${joinCode}`);
  await host.getByRole("button", { name: "Start game" }).click();

  const timer = screen.getByRole("timer");
  await expect(timer).toBeVisible();
  const clockPx = await timer.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(clockPx, "clock font size").toBeGreaterThanOrEqual(80);

  const map = screen.getByRole("region", { name: "Coalition map" });
  const labels = map.locator("[data-state] text");
  await expect(labels.first()).toBeVisible();
  const sizes = await labels.evaluateAll((els) =>
    els
      .filter((el) => (el.textContent ?? "").trim() !== "")
      .map((el) => ({
        text: el.textContent,
        px: parseFloat(getComputedStyle(el).fontSize),
      })),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const s of sizes) expect(s.px, `map text "${s.text}"`).toBeGreaterThanOrEqual(28);

  // No two states' labels overlap (the lesser label hides when there is no room near its dot).
  const overlaps = await map.locator("[data-state]").evaluateAll((groups) => {
    const boxes = groups.flatMap((g) =>
      Array.from(g.querySelectorAll("text")).map((t) => ({
        id: g.getAttribute("data-state"),
        r: t.getBoundingClientRect(),
      })),
    );
    const out: string[] = [];
    for (const a of boxes)
      for (const b of boxes)
        if (
          a.id! < b.id! &&
          a.r.left < b.r.right - 1 &&
          b.r.left < a.r.right - 1 &&
          a.r.top < b.r.bottom - 1 &&
          b.r.top < a.r.bottom - 1
        )
          out.push(`${a.id}/${b.id}`);
    return [...new Set(out)];
  });
  expect(overlaps, "overlapping map labels").toEqual([]);

  // Every headline shown is whole: none extends past the bottom of its list.
  const clipped = await screen.getByRole("region", { name: "Headlines" }).evaluate((region) => {
    const list = region.querySelector("ol");
    if (!list) return [];
    const bottom = list.getBoundingClientRect().bottom;
    return Array.from(list.querySelectorAll("li"))
      .filter((li) => {
        const r = li.getBoundingClientRect();
        return r.right <= list.getBoundingClientRect().right && r.bottom > bottom + 1;
      })
      .map((li) => li.textContent);
  });
  expect(clipped).toEqual([]);

  await screen.screenshot({ path: testInfo.outputPath("projector-1920x1080-round1.png") });

  // After the resolution: a round-summary slide, headlines in words, blocs by number.
  const ids = /\b(USA|CHN|RUS|IND|JPN|KOR|PRK|VNM|TWN)\b/;
  await endPhases(host, [/Orders/i, /News/i]);
  const summary = screen.getByRole("region", { name: "Round 1 results" });
  await expect(summary).toBeVisible();
  await expect(screen.locator("header")).toContainText("Round 1 results");
  const slideText = await summary.innerText();
  expect(slideText, "round summary names states in full").not.toMatch(ids);
  const blocSizes = async (region: typeof summary) =>
    region.getByRole("list", { name: "Blocs" }).evaluate((list) =>
      Array.from(list.querySelectorAll("li > span")).map((el) => ({
        text: el.textContent,
        px: parseFloat(getComputedStyle(el).fontSize),
        clipped: el.getBoundingClientRect().bottom > list.getBoundingClientRect().bottom + 1,
      })),
    );
  const summarySizes = await blocSizes(summary);
  expect(summarySizes.length, "blocs on the summary").toBeGreaterThan(0);
  for (const s of summarySizes) {
    expect(s.px, `slide text "${s.text}"`).toBeGreaterThanOrEqual(28);
    expect(s.clipped, `slide text "${s.text}" clipped`).toBe(false);
  }
  await screen.screenshot({ path: testInfo.outputPath("projector-1920x1080-round1-results.png") });

  // Back to a live round: the headlines list is in words too.
  await endPhases(host, [/Negotiation/i]);
  const headlines = screen.getByRole("region", { name: "Headlines" });
  await expect(headlines).toBeVisible();
  expect(await headlines.innerText(), "headlines in words").not.toMatch(ids);

  // Game over: the final blocs and the class's BoT vs BoP scorecard from the debrief.
  await host.getByRole("button", { name: "End game" }).click();
  await host.getByRole("button", { name: "End the game" }).click();
  const final = screen.getByRole("region", { name: "Game over: final blocs" });
  await expect(final).toBeVisible();
  // The instructor's statuses end with the game: no "orders in" count left over (fresh user).
  await expect(host.getByText(/Game over · \d+ of \d+ students online/)).toBeVisible();
  await expect(host.getByRole("region", { name: "Message volume" })).not.toContainText("orders in");
  const scorecard = final.getByRole("definition");
  await expect(scorecard).toHaveCount(3);
  await expect(final).toContainText("Balance of threat");
  await expect(final).toContainText("Balance of power");
  await expect(scorecard.first()).toHaveText(/^\d+ %$/);
  // Each figure on one line (a wrapped "%" reads as a second number from the back row).
  for (const figure of await scorecard.all()) {
    const lines = await figure.evaluate(
      (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
    );
    expect(lines, "scorecard figure on one line").toBeLessThan(1.5);
  }
  for (const s of await blocSizes(final)) {
    expect(s.px, `final slide text "${s.text}"`).toBeGreaterThanOrEqual(28);
    expect(s.clipped, `final slide text "${s.text}" clipped`).toBe(false);
  }
  // The header's title and "Game over · Ended by the instructor after N of 8 rounds" wrap,
  // never clipped (the title once read "Back row ..." at game over).
  for (const text of await screen.locator("header h1, header span").all())
    expect(
      await text.evaluate((el) => el.scrollWidth <= el.clientWidth + 1),
      `header text "${await text.innerText()}" clipped`,
    ).toBe(true);
  await screen.screenshot({ path: testInfo.outputPath("projector-1920x1080-game-over.png") });
  await screen.context().close();
  await host.context().close();
});
