import { expect, test } from "@playwright/test";
import { hostSession } from "../support/classroom.ts";

/**
 * /join is plain HTML (issue 13's 120 KB first-load budget is below the App Router's own
 * runtime): it ships no script, and the code form works in a browser with JavaScript off,
 * the server checking the code and sending the student on to /join/<code>.
 */
test("the code entry page works without JavaScript and ships none", async ({ browser }) => {
  const { host, joinCode } = await hostSession(browser, "No-JS join");
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 640 },
  });
  const page = await context.newPage();
  const response = await page.goto("/join");
  expect(response?.status()).toBe(200);
  expect(await response!.text()).not.toMatch(/<script/i);
  await expect(page.getByRole("heading", { name: "Join a session" })).toBeVisible();

  await page.getByLabel("Join code").fill("AB0");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert")).toContainText("Codes never contain O, 0, I, 1 or L");
  await expect(page.getByLabel("Join code")).toHaveValue("AB0");

  await page.getByLabel("Join code").fill(joinCode.toLowerCase().replace(/^(...)/, "$1-"));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`/join/${joinCode}$`));
  await context.close();
  await host.context().close();
});
