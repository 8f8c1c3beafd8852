import { expect, test } from "@playwright/test";
import { endPhases, hostSession, openTab, studentJoins } from "../support/classroom.ts";

/**
 * The review's replay draws a state's point of view with the student's own console panels
 * (issue 13 defect 9), read-only: the same tabs and columns the student had, the messages that
 * state could read in its Talk column, and every control disabled.
 */
test("the replay shows a student's own panels, read-only", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const { host, joinCode, gameId } = await hostSession(browser, "Replay panels");
  const japan = await studentJoins(browser, joinCode, "Aiko", "Japan");
  await host.getByRole("button", { name: "Start game" }).click();
  await openTab(japan, "Negotiate");
  await japan.getByLabel("Message").fill("Japan keeps its word.");
  await japan.getByRole("button", { name: "Send" }).click();
  await endPhases(host, [/Orders/i]);
  await openTab(japan, "Orders");
  await japan.getByRole("button", { name: "No change" }).click();
  await expect(japan.getByText("Recorded: no change this round.")).toBeVisible();
  await endPhases(host, [/Round 1 results/]);
  await japan.context().close();

  await host.goto(`/review/${gameId}/replay`);
  await host.getByLabel("Point of view").selectOption("JPN");
  await expect(host).toHaveURL(/viewer=JPN/);
  await expect(host.getByRole("heading", { name: /Japan's screen at round/ })).toBeVisible();
  // The student's three columns and their tabs.
  for (const column of ["My state and threats", "Negotiation and map", "Diplomacy and orders"])
    await expect(host.getByRole("region", { name: column })).toBeVisible();
  await expect(host.getByRole("tab", { name: /^Threats/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(host.getByText("Japan keeps its word.").first()).toBeVisible();
  await host.getByRole("tab", { name: /^Orders/ }).click();
  await expect(host.getByRole("button", { name: "No change" })).toBeDisabled();
  await expect(host.getByRole("button", { name: "Submit orders" })).toBeDisabled();
  await host.getByRole("tab", { name: /^Treaties/ }).click();
  const propose = host.getByRole("button", { name: /Propose|Send proposal/ }).first();
  if (await propose.count()) await expect(propose).toBeDisabled();
  await host.screenshot({ path: testInfo.outputPath("replay-jpn.png"), fullPage: true });

  // Omniscient: the whole game's table, not a student's panels.
  await host.getByLabel("Point of view").selectOption("");
  await expect(host.getByRole("heading", { name: /The whole game at round/ })).toBeVisible();
  await expect(host.getByRole("region", { name: "Diplomacy and orders" })).toHaveCount(0);
  await host.context().close();
});
