import { expect, test } from "@playwright/test";
import { endPhases, hostSession, studentJoins } from "../support/classroom.ts";
import {
  expectButtonsWhole,
  expectCardsReadable,
  expectNoHorizontalScroll,
  expectSideBySide,
  expectTableNamesOnScreen,
  expectWordsWhole,
} from "../support/layout.ts";

/**
 * The student pages on a phone (issue 13): no horizontal scroll at 360x640, 390x844 and
 * 768x1024 on the code entry page, the join page, the lobby and every section of the console; at 390x844 the
 * round, phase and clock stay on screen (sticky header) while the student scrolls, and the
 * act controls (Orders tab, "Submit orders") are reachable from the section bar.
 */
const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
];

// Why the section bar's tap was once "intercepted" by the chat: the lobby was 847 px wide at
// 768 px (grid tracks sized to the chat's content), the mobile-emulated page zoomed out to fit,
// the old `scrollWidth <= innerWidth` check passed anyway (innerWidth grows with the zoom), and
// the zoom carried into the console, where the fixed bar's tap point landed on the chat.
test("the student pages fit a phone, and the clock and act controls stay reachable", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const { host, joinCode } = await hostSession(browser, "Phone check");

  const phone = await (
    await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    })
  ).newPage();
  await phone.goto("/join");
  await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
  for (const size of SIZES) {
    await phone.setViewportSize(size);
    await expectNoHorizontalScroll(phone, `code entry at ${size.width}x${size.height}`);
  }
  await phone.goto(`/join/${joinCode.toLowerCase()}`);
  for (const size of SIZES) {
    await phone.setViewportSize(size);
    await expectNoHorizontalScroll(phone, `join page at ${size.width}x${size.height}`);
  }
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.getByLabel("Your name").fill("Mina");
  await phone.getByRole("radio", { name: /^Japan/ }).check();
  await phone.getByRole("button", { name: "Join session" }).click();
  await expect(phone).toHaveURL(new RegExp(`/play/${joinCode}`, "i"));
  await expect(phone.getByRole("banner")).toContainText("Japan");
  for (const size of SIZES) {
    await phone.setViewportSize(size);
    await expectNoHorizontalScroll(phone, `lobby at ${size.width}x${size.height}`);
    // "Leave my seat and let the instructor assign me" was cut to "…instructor ass".
    await expectButtonsWhole(phone, `lobby at ${size.width}x${size.height}`);
  }

  await phone.setViewportSize({ width: 360, height: 640 });
  await phone.screenshot({ path: testInfo.outputPath("lobby-360x640.png"), fullPage: true });

  await host.getByRole("button", { name: "Start game" }).click();
  await phone.setViewportSize({ width: 390, height: 844 });
  const timer = phone.getByRole("timer");
  await expect(timer).toBeVisible();
  await expect(phone.getByRole("banner")).toContainText("Round 1");

  const sections = phone.getByRole("navigation", { name: "Console sections" });
  for (const size of SIZES) {
    await phone.setViewportSize(size);
    for (const name of ["Situation", "Talk", "Act"]) {
      if (size.width <= 700)
        await sections.getByRole("button", { name: new RegExp(`^${name}`) }).click();
      await expectNoHorizontalScroll(phone, `console ${name} at ${size.width}x${size.height}`);
      await expectButtonsWhole(phone, `console ${name} at ${size.width}x${size.height}`);
    }
  }
  // Wider than 700 px the three columns are back and the section bar is gone.
  await phone.setViewportSize({ width: 768, height: 1024 });
  await expect(sections).toBeHidden();

  // 390x844: one column at a time; the section bar and the header's clock stay in view.
  await phone.setViewportSize({ width: 390, height: 844 });
  await expect(sections).toBeInViewport();
  await sections.getByRole("button", { name: /^Act/ }).click();
  await expect(phone.getByRole("region", { name: "Diplomacy and orders" })).toBeVisible();
  await expect(phone.getByRole("region", { name: "Negotiation and map" })).toBeHidden();
  await phone.getByRole("tab", { name: /^Orders/ }).click();
  await phone.mouse.wheel(0, 2000);
  await expect(timer).toBeInViewport();
  await expect(phone.getByRole("banner")).toBeInViewport();
  const submit = phone.getByRole("button", { name: /Submit orders|No change/ }).first();
  await submit.scrollIntoViewIfNeeded();
  await expect(submit).toBeInViewport();
  await phone.evaluate(() => window.scrollTo(0, 0));
  // The seat PIN (to take the seat to another device) is shown whole, not cut off.
  const pin = phone.getByRole("banner").getByText(/seat PIN/);
  await expect(pin).toBeInViewport({ ratio: 1 });
  expect(await pin.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  // In the orders phase the wider "Orders not yet submitted" chip shares the header's row:
  // the PIN still shows whole (it was cut to "YUNT" there: fresh-user finding).
  await host.getByRole("button", { name: "End phase now" }).click();
  await expect(phone.getByRole("banner")).toContainText("Orders not yet submitted");
  await expect(pin).toBeInViewport({ ratio: 1 });
  expect(await pin.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await phone.screenshot({ path: testInfo.outputPath("student-console-390x844-act.png") });

  await sections.getByRole("button", { name: /^Talk/ }).click();
  await expect(phone.getByRole("region", { name: "Negotiation and map" })).toBeVisible();
  await expect(phone.getByRole("button", { name: "Send" })).toBeVisible();
  await phone.screenshot({ path: testInfo.outputPath("student-console-390x844-talk.png") });
  await phone.context().close();
  await host.context().close();
});

/**
 * The instructor's console and review pages on a phone (fresh-user report v8): the replay was 515 px wide at 390 px,
 * its notes, whole-game and messages cards squeezed into 50 px past the edge and its step
 * buttons off screen; the debrief's table captions ran off the edge with their tables; the
 * prediction table said "matches what the student did" on rows a bot played.
 */
test("the instructor console and review pages fit a phone, with whole controls and table names on screen", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const { host, joinCode, gameId } = await hostSession(browser, "Review on a phone");
  const japan = await studentJoins(browser, joinCode, "Aiko", "Japan");
  await host.getByRole("button", { name: "Start game" }).click();
  await endPhases(host, [/Orders/i, /Round 1 results/]);
  await japan.context().close();
  // The instructor's phone, with the console's secret (kept in local storage).
  const phone = await (
    await browser.newContext({
      storageState: await host.context().storageState(),
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    })
  ).newPage();
  const phoneSizes = SIZES.slice(0, 2);
  const checkPage = async (what: string) => {
    for (const size of phoneSizes) {
      await phone.setViewportSize(size);
      const where = `${what} at ${size.width}x${size.height}`;
      await expectNoHorizontalScroll(phone, where);
      await expectButtonsWhole(phone, where);
      await expectTableNamesOnScreen(phone, where);
      await expectCardsReadable(phone, where, size.width - 80);
    }
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.screenshot({
      path: testInfo.outputPath(`review-${what.replace(/\W+/g, "-")}-390.png`),
      fullPage: true,
    });
  };

  // The console the debrief is opened from: its five figure cards were 469 px wide at 390.
  await phone.goto(`/host/${gameId}`);
  await expect(phone.getByRole("region", { name: "Message volume" })).toBeVisible();
  await checkPage("instructor console");
  // The coalition map as tables: long treaty names in one unbroken line widened the page.
  await phone.getByRole("button", { name: "Table view" }).first().click();
  await expect(phone.getByRole("table", { name: "Treaties in force" }).first()).toBeVisible();
  await checkPage("instructor console, map as tables");
  // Cells break between words ("Unalig/ned", "MEMB/ERS" once), inside a word only if need be.
  for (const size of phoneSizes) {
    await phone.setViewportSize(size);
    await expectWordsWhole(
      phone.getByRole("table", { name: /Alliance blocs|Treaties in force/ }),
      `instructor console's map tables at ${size.width}x${size.height}`,
    );
  }

  await phone.goto(`/review/${gameId}`);
  const predictions = phone.getByRole("table", { name: /BoT = balance of threat/ });
  await expect(predictions).toBeVisible();
  await checkPage("debrief");
  // Blocs as the engine defines them, and final blocs by name (not "Unaligned: IND, VNM").
  await expect(
    phone.getByText(/Blocs are groups joined by defence pacts and ententes/),
  ).toBeVisible();
  const unaligned = phone.getByText(/^Unaligned: /);
  await expect(unaligned).toBeVisible();
  await expect(unaligned).not.toContainText(/\b[A-Z]{3}\b/);
  // Who played each row: a bot's row never credits "the student", and says it was the bot.
  const botRows = predictions.getByRole("row").filter({ hasText: /Bot \(/ });
  expect(await botRows.count()).toBeGreaterThan(0);
  for (const row of await botRows.all()) await expect(row).not.toContainText("the student did");
  await expect(
    botRows.filter({ hasText: /matches what the bot \(\w+\) did/ }).first(),
  ).toBeAttached();
  const japanRow = predictions.getByRole("row").filter({ hasText: "Japan" });
  await expect(japanRow).not.toContainText(/what the bot/);

  await phone.goto(`/review/${gameId}/replay`);
  await expect(phone.getByRole("heading", { name: "Event log" })).toBeVisible();
  await checkPage("replay");
  const controls = phone.getByRole("region", { name: "Replay controls" });
  const parts = {
    "the label Replay position": controls.getByText("Replay position", { exact: true }),
    "the position": controls.getByText(/^Event #\d+/),
    "the slider": controls.getByRole("slider"),
    "the key help": controls.locator("p", { hasText: "Keys:" }),
    "the label Point of view": controls.getByText("Point of view", { exact: true }),
    "the Point of view select": controls.getByRole("combobox", { name: "Point of view" }),
  };
  const buttons = Object.fromEntries(
    ["Previous round", "Previous event", "Next event", "Next round"].map((name) => [
      name,
      controls.getByRole("button", { name }),
    ]),
  );
  await expectSideBySide("replay controls at 390x844", { ...parts, ...buttons });
  // Readable: the position and the key help were one word per line in a 50 px column.
  await expectSideBySide(
    "replay texts at 390x844",
    { position: parts["the position"], help: parts["the key help"] },
    250,
  );
  for (const button of Object.values(buttons)) await expect(button).toBeInViewport({ ratio: 1 });

  await phone.goto(`/review/${gameId}/replay?viewer=JPN`);
  await expect(phone.getByText(/Exactly as Japan's student saw it/)).toBeVisible();
  await checkPage("replay as Japan");
  // A bot-played state's screen is not described as a student's.
  await phone.goto(`/review/${gameId}/replay?viewer=VNM`);
  await expect(
    phone.getByText(/Exactly as the bot( \(\w+\))? playing Vietnam saw it/),
  ).toBeVisible();
  await expect(
    phone.getByText(/sent the bot( \(\w+\))? playing Vietnam at that moment/),
  ).toBeVisible();
  await expect(phone.getByText(/student saw it|student's own console/)).toHaveCount(0);

  await phone.goto(`/review/${gameId}/students`);
  await expect(phone.getByRole("link", { name: "Aiko" }).first()).toBeVisible();
  await checkPage("students");
  await phone.getByRole("link", { name: "Aiko" }).first().click();
  await expect(phone.getByRole("link", { name: "Printable record" })).toBeVisible();
  await checkPage("student record");
  // The card and the list heading count the same thing: game actions.
  const heading = await phone.getByRole("heading", { name: /^Game actions \(\d+\)$/ }).innerText();
  const card = phone.getByText("Game actions", { exact: true }).locator("xpath=..");
  await expect(card.locator("span").nth(1)).toHaveText(heading.match(/\((\d+)\)/)![1]!);
  await phone.getByRole("link", { name: "Printable record" }).click();
  await expect(phone.getByRole("heading", { name: /Aiko, Japan/ })).toBeVisible();
  await checkPage("printable record");
  await phone.context().close();
  await host.context().close();
});
