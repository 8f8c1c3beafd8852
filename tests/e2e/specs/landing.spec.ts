import { expect, test } from "@playwright/test";

test("the landing page loads and shows it is connected to the server", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Threatscape" })).toBeVisible();
  const status = page.getByRole("status");
  await expect(status).toContainText("Connected to the classroom server");
  await expect(status).toHaveAttribute("data-status", "connected");
  await page.screenshot({ path: test.info().outputPath("landing.png"), fullPage: true });
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true } });
});
