import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { hostSession } from "../support/classroom.ts";
import { expectNoHorizontalScroll } from "../support/layout.ts";

/**
 * Small things a first-time instructor meets (fresh-user report, issue 13): the tab has an
 * icon, "Create session" cannot be pressed before a scenario is chosen and says why, and the
 * console's bot-type picker has an accessible name.
 */
test("the app has an icon, on the landing page and the React pages", async ({ page, request }) => {
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("<svg");
  // Browsers also ask for /favicon.ico on every page: it leads to the same icon, not a 404.
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
  for (const path of ["/", "/host"]) {
    await page.goto(path);
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href, `icon link on ${path}`).toMatch(/^\/icon\.svg/);
  }
});

test("Create session is disabled until a scenario is chosen, and says why", async ({ page }) => {
  await page.goto("/host");
  const create = page.getByRole("button", { name: "Create session" });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/Choose a scenario above/);
  await page.getByRole("radio", { name: /East Asia 2017/ }).check();
  await expect(create).toBeEnabled();
  await expect(create).not.toHaveAccessibleDescription(/Choose a scenario/);
});

test("the bot-type picker in the console has a name", async ({ browser }) => {
  const { host } = await hostSession(browser, "Bot picker");
  const picker = host.getByRole("combobox", { name: "Bot type for new bots" }).first();
  await expect(picker).toBeVisible();
  await picker.selectOption({ label: "Hawk" });
  await expect(picker).toHaveValue("hawk");
  await host.context().close();
});

// The upload card once pointed at "the scenario editor", a page that does not exist (/editor
// is a 404): it names the format document and the JSON Schema that ship with the engine.
test("the scenario upload card points to the format that exists", async ({ page }) => {
  await page.goto("/host");
  const card = page.locator("[data-upload]");
  await expect(card).toContainText("packages/engine/docs/scenario-format.md");
  await expect(card).toContainText("packages/engine/scenario.schema.json");
  await expect(card).not.toContainText(/editor/i);
});

// A rejected upload echoes the file's name and the server's path and message for each issue;
// a 5,000-character key once made the host page scroll sideways by ~48,000 px (tester D1).
// The error list wraps any long token, whatever the server does to shorten paths.
test("a rejected upload's long names and paths wrap inside the card", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/host");
  // A valid scenario but for one role weight under a 5,000-character key (the tester's file).
  const scenario = JSON.parse(
    readFileSync(
      path.join(
        import.meta.dirname,
        "../../../packages/engine/validation/scenarios/gulf-1990.json",
      ),
      "utf8",
    ),
  ) as { parameters?: Record<string, unknown> };
  scenario.parameters = {
    ...scenario.parameters,
    roleWeights: { ["h".repeat(5000)]: { security: 1 } },
  };
  await page.getByLabel("Scenario file (.json)").setInputFiles({
    // An unbroken 200-character file name overflows too, whatever the server echoes.
    name: `${"f".repeat(200)}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  const alert = page.locator("[data-upload]").getByRole("alert");
  await expect(alert).toBeVisible();
  await expectNoHorizontalScroll(page, "host page, rejected upload");
});
