import { expect, test } from "@playwright/test";
import { endPhases, hostSession, openTab, studentJoins } from "../support/classroom.ts";

/**
 * Issue 13, "Alerts" (instructor side): in the orders phase the console names the states
 * whose orders are not in; one click posts a reminder the student sees in the forum; with
 * "advance when all orders are in" the last submission ends the phase without the clock.
 */
test("the instructor nudges a student who has not submitted, then the round advances when all are in", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { host, joinCode } = await hostSession(browser, "Nudge drill");
  const japan = await studentJoins(browser, joinCode, "Aiko", "Japan");
  await host.getByRole("button", { name: "Start game" }).click();
  await endPhases(host, [/Orders/i]);

  const alerts = host.getByRole("region", { name: "Orders alerts" });
  await expect(alerts).toContainText("Waiting for 1 state: Japan");
  await alerts.getByRole("button", { name: "Remind them to submit" }).click();
  await openTab(japan, "Negotiate");
  await expect(japan.getByText(/Still waiting for Japan\./)).toBeVisible();

  await alerts.getByRole("checkbox", { name: "Advance when all orders are in" }).check();
  await expect(
    alerts.getByRole("checkbox", { name: "Advance when all orders are in" }),
  ).toBeChecked();
  await openTab(japan, "Orders");
  await japan.getByRole("button", { name: "No change" }).click();
  // No "End phase now": the last order in ended the orders phase.
  const controls = host.getByRole("region", { name: "Round controls" });
  await expect(controls).toContainText(/News/i);
  await japan.context().close();
  await host.context().close();
});
