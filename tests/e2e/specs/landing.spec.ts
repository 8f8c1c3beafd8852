import { expect, test } from "@playwright/test";

/**
 * The landing page is plain HTML (issue 13's 120 KB first-load budget is below the App
 * Router's own runtime): it ships no script and works with JavaScript off.
 */
test("the landing page loads without JavaScript, ships none and shows it is connected", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  expect(await response!.text()).not.toMatch(/<script/i);
  await expect(page.getByRole("heading", { level: 1, name: "Threatscape" })).toBeVisible();
  const status = page.getByRole("status");
  await expect(status).toContainText("Connected to the classroom server");
  await expect(status).toHaveAttribute("data-status", "connected");
  await expect(page.getByRole("heading", { name: "Student" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Instructor" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Host a session" })).toHaveAttribute("href", "/host");
  await page.screenshot({ path: test.info().outputPath("landing.png"), fullPage: true });
  await context.close();
});

test("a student's code goes to /join, which sends a good one on and explains a bad one", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByLabel("Session code").fill("ab0");
  await page.getByRole("button", { name: "Join a session" }).click();
  await expect(page.getByRole("alert")).toContainText("Codes never contain O, 0, I, 1 or L");
  await page.goto("/");
  await page.getByLabel("Session code").fill("k7q-m2p");
  await page.getByRole("button", { name: "Join a session" }).click();
  await expect(page).toHaveURL(/\/join\/K7QM2P$/);
  await context.close();
});

test("the landing page fits a phone with no horizontal scroll", async ({ browser }) => {
  for (const [width, height] of [
    [360, 640],
    [390, 844],
    [768, 1024],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto("/");
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `at ${width}x${height}`).toBeLessThanOrEqual(innerWidth);
    if (width === 360)
      await page.screenshot({ path: test.info().outputPath("landing-360.png"), fullPage: true });
    await context.close();
  }
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true } });
});
