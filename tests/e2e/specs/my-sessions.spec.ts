import { expect, test } from "@playwright/test";
import { hostSession } from "../support/classroom.ts";

/**
 * Issue 13, defect 7: the instructor closes the console and gets the session back on another
 * browser (a fresh context: no storage) by pasting the instructor link into "My sessions";
 * secrets are masked until revealed; the debrief opens in a new tab.
 */
test("an instructor recovers a session on a fresh browser from the instructor link", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { host, joinCode, gameId } = await hostSession(browser, "Recovered seminar");
  const access = host.getByRole("region", { name: "Access and secrets" });
  const link = access.getByLabel("Instructor link", { exact: true });
  // Masked on a screen that may be projected (a password field) until revealed.
  await expect(link).toHaveAttribute("type", "password");
  await expect(access.getByLabel("Instructor secret", { exact: true })).toHaveAttribute(
    "type",
    "password",
  );
  await access.getByRole("button", { name: "Reveal Instructor link" }).click();
  await expect(link).toHaveAttribute("type", "text");
  await expect(link).toHaveValue(new RegExp(`/host/${gameId}#key=`));
  const instructorLink = await link.inputValue();
  await access.getByRole("button", { name: "Hide Instructor link" }).click();
  await expect(link).toHaveAttribute("type", "password");

  // The console's own browser lists the session on /host.
  await host.goto("/host");
  const mine = host.getByRole("list", { name: "My sessions" });
  await expect(mine).toContainText("Recovered seminar");
  await expect(mine).toContainText(`Code ${joinCode}`);
  await host.context().close();

  // A fresh browser knows nothing until the link is pasted.
  const other = await (await browser.newContext()).newPage();
  await other.goto("/host");
  await expect(other.getByText("No sessions on this browser yet")).toBeVisible();
  const field = other.getByLabel("Instructor link or secret");
  // A wrong secret for a real game is refused and nothing is added.
  await field.fill(instructorLink.replace(/#key=.*/, "#key=wrong-secret-wrong-secret"));
  await other.getByRole("button", { name: "Add session" }).click();
  await expect(other.getByText("This link or secret does not open a session.")).toBeVisible();
  await field.fill(instructorLink);
  await other.getByRole("button", { name: "Add session" }).click();
  const list = other.getByRole("list", { name: "My sessions" });
  await expect(list).toContainText("Recovered seminar");
  await expect(list).toContainText("In the lobby");
  const debrief = list.getByRole("link", { name: /^Debrief/ });
  await expect(debrief).toHaveAttribute("target", "_blank");
  await list.getByRole("link", { name: /^Open console/ }).click();
  await expect(other).toHaveURL(new RegExp(`/host/${gameId}$`));
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Recovered seminar");
  await expect(other.getByRole("button", { name: "Start game" })).toBeVisible();
  // Still listed after a reload (kept in this browser's storage).
  await other.goto("/host");
  await expect(other.getByRole("list", { name: "My sessions" })).toContainText("Recovered seminar");
});
