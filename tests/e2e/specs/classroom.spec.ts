import { expect, test } from "@playwright/test";
import { endPhases, hostSession, openTab, studentJoins } from "../support/classroom.ts";

/**
 * A whole class in separate browser contexts: the instructor hosts from the landing page,
 * three students join by code, India and Vietnam sign a defence pact against China, two
 * rounds run, the projector's map shows the new coalition, and a student who reloads
 * mid-round keeps seat and messages.
 */
test.describe.configure({ mode: "serial" });

test("an instructor and three students play two rounds and form a coalition", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const { host, joinCode } = await hostSession(browser, "IR 101 — alliances");

  const screen = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
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
  await expect(vietnam.getByRole("list", { name: "Your treaties in force" })).toContainText(
    "Indo-Vietnamese shield",
  );

  // The same pact again adds nothing: refused in plain words, nothing proposed; editing the
  // terms clears the refusal.
  await india.getByLabel("Treaty type").selectOption("defence");
  await india.getByRole("group", { name: "Members" }).getByLabel("Vietnam").check();
  await india.getByRole("group", { name: "Directed against" }).getByLabel("China").check();
  await india.getByRole("button", { name: "Propose treaty" }).click();
  const refusal = india.getByText(
    /identical defence pact between India and Vietnam is already in force/i,
  );
  await expect(refusal).toBeVisible();
  await expect(vietnam.getByRole("list", { name: "Open proposals" })).toHaveCount(0);
  await india.getByRole("group", { name: "Directed against" }).getByLabel("China").uncheck();
  await expect(refusal).toHaveCount(0);

  // A private message, then Vietnam reloads mid-round: same seat, message still there.
  await openTab(india, "Negotiate");
  await india
    .getByRole("navigation", { name: "Channels" })
    .getByRole("button", { name: /Vietnam/ })
    .click();
  await india.getByLabel("Message").fill("Shield holds. See you in round two.");
  await india.getByRole("button", { name: "Send" }).click();
  await vietnam.reload();
  await expect(vietnam.getByRole("banner")).toContainText("Vietnam");
  await openTab(vietnam, "Negotiate");
  await vietnam
    .getByRole("navigation", { name: "Channels" })
    .getByRole("button", { name: /India/ })
    .click();
  await expect(vietnam.getByText("Shield holds. See you in round two.")).toBeVisible();
  await openTab(japan, "Negotiate");
  await expect(japan.getByText("Shield holds. See you in round two.")).toHaveCount(0);

  await openTab(india, "Threats");
  await india.screenshot({ path: testInfo.outputPath("student-console.png") });

  // Two rounds: negotiation -> orders -> (resolution) news -> negotiation -> orders -> news.
  await endPhases(host, [
    /Orders/i,
    /Round 1 results/,
    /Negotiation/i,
    /Orders/i,
    /Round 2 results/,
  ]);
  await host.screenshot({ path: testInfo.outputPath("instructor-console.png"), fullPage: true });

  // The projector's map (its table alternative) shows India and Vietnam in one bloc.
  const blocs = screen.getByRole("table", { name: /Alliance blocs/ });
  await expect(
    blocs.getByRole("row").filter({ hasText: "India" }).filter({ hasText: "Vietnam" }),
  ).toHaveCount(1);
  // The news phase shows what resolved: round 2's results (the engine has opened round 3).
  await expect(screen.locator("header")).toContainText("Round 2 results");
  await expect(screen.getByText("Shield holds")).toHaveCount(0);
  await screen.screenshot({ path: testInfo.outputPath("projector-screen.png") });
});
