import { expect, test, type Browser, type Page } from "@playwright/test";

/**
 * A whole class in separate browser contexts: the instructor hosts from the landing page,
 * three students join by code, India and Vietnam sign a defence pact against China, two
 * rounds run, the projector's map shows the new coalition, and a student who reloads
 * mid-round keeps seat and messages.
 */
test.describe.configure({ mode: "serial" });

async function studentJoins(browser: Browser, joinCode: string, name: string, state: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`/join/${joinCode.toLowerCase()}`);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: new RegExp(`^${state}`) }).check();
  await page.getByRole("button", { name: "Join session" }).click();
  await expect(page).toHaveURL(new RegExp(`/play/${joinCode}`, "i"));
  await expect(page.getByRole("banner").getByText(state, { exact: false }).first()).toBeVisible();
  return page;
}

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
}

test("an instructor and three students play two rounds and form a coalition", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const host = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await host.goto("/");
  await host.getByRole("button", { name: "Host a session" }).click();
  await host.getByRole("radio", { name: /East Asia 2017/ }).check();
  await host.getByLabel("Session title").fill("IR 101 — alliances");
  await host.getByLabel("Negotiation (seconds)").fill("900");
  await host.getByLabel("Orders (seconds)").fill("900");
  await host.getByRole("button", { name: "Create session" }).click();
  await expect(host).toHaveURL(/\/host\/g_/);
  const saved = host.getByRole("button", { name: "I have saved them" });
  if (await saved.isVisible()) await saved.click();
  const joinCode = (await host.getByLabel("Join code").first().innerText()).replace(/\s/g, "");
  expect(joinCode).toMatch(/^[A-Z0-9]{6}$/);

  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await screen.goto(`/screen/${joinCode}`);

  const india = await studentJoins(browser, joinCode, "Priya", "India");
  const vietnam = await studentJoins(browser, joinCode, "Linh", "Vietnam");
  const japan = await studentJoins(browser, joinCode, "Aiko", "Japan");

  await host.getByRole("button", { name: "Start game" }).click();
  await expect(host.getByRole("region", { name: "Round controls" })).toContainText("Round 1");

  // India proposes a defence pact with Vietnam against China; Vietnam ratifies it.
  await openTab(india, "Treaties");
  await india.getByLabel("Treaty type").selectOption("defence");
  await india.getByLabel("Treaty name").fill("Indo-Vietnamese shield");
  await india.getByRole("group", { name: "Members" }).getByLabel("Vietnam").check();
  await india.getByRole("group", { name: "Directed against" }).getByLabel("China").check();
  await india.getByRole("button", { name: "Propose treaty" }).click();

  await openTab(vietnam, "Treaties");
  const proposals = vietnam.getByRole("list", { name: "Open proposals" });
  await expect(proposals).toContainText("Indo-Vietnamese shield");
  await proposals.getByRole("button", { name: "Accept" }).first().click();
  await expect(vietnam.getByRole("list", { name: "Your treaties in force" })).toContainText("Indo-Vietnamese shield");

  // A private message, then Vietnam reloads mid-round: same seat, message still there.
  await openTab(india, "Negotiate");
  await india.getByRole("navigation", { name: "Channels" }).getByRole("button", { name: /Vietnam/ }).click();
  await india.getByLabel("Message").fill("Shield holds. See you in round two.");
  await india.getByRole("button", { name: "Send" }).click();
  await vietnam.reload();
  await expect(vietnam.getByRole("banner")).toContainText("Vietnam");
  await openTab(vietnam, "Negotiate");
  await vietnam.getByRole("navigation", { name: "Channels" }).getByRole("button", { name: /India/ }).click();
  await expect(vietnam.getByText("Shield holds. See you in round two.")).toBeVisible();
  await openTab(japan, "Negotiate");
  await expect(japan.getByText("Shield holds. See you in round two.")).toHaveCount(0);

  await openTab(india, "Threats");
  await india.screenshot({ path: testInfo.outputPath("student-console.png") });

  // Two rounds: negotiation -> orders -> (resolution) news -> negotiation -> orders -> news.
  const controls = host.getByRole("region", { name: "Round controls" });
  const endPhase = host.getByRole("button", { name: "End phase now" });
  for (const expected of [/Orders/i, /Round 2/, /Negotiation/i, /Orders/i, /Round 3/]) {
    await endPhase.click();
    await expect(controls).toContainText(expected);
  }
  await host.screenshot({ path: testInfo.outputPath("instructor-console.png"), fullPage: true });

  // The projector's map (its table alternative) shows India and Vietnam in one bloc.
  const blocs = screen.getByRole("table", { name: /Alliance blocs/ });
  await expect(blocs.getByRole("row").filter({ hasText: "India" }).filter({ hasText: "Vietnam" })).toHaveCount(1);
  await expect(screen.getByText("Round 3", { exact: false }).first()).toBeVisible();
  await expect(screen.getByText("Shield holds")).toHaveCount(0);
  await screen.screenshot({ path: testInfo.outputPath("projector-screen.png") });
});
