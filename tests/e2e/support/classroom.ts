import { expect, type Browser, type Page } from "@playwright/test";

/** The instructor hosts East Asia 2017 from the landing page; returns the console and code. */
export async function hostSession(
  browser: Browser,
  title: string,
  /** A news phase long enough that only the instructor ends it (tests that step by hand). */
  options: { newsSeconds?: number } = {},
): Promise<{ host: Page; joinCode: string; gameId: string }> {
  const host = await (
    await browser.newContext({ viewport: { width: 1280, height: 720 } })
  ).newPage();
  await host.goto("/");
  await host.getByRole("link", { name: "Host a session" }).click();
  await expect(host).toHaveURL(/\/host$/);
  await host.getByRole("radio", { name: /East Asia 2017/ }).check();
  await host.getByLabel("Session title").fill(title);
  await host.getByLabel("Negotiation (seconds)").fill("900");
  await host.getByLabel("Orders (seconds)").fill("900");
  if (options.newsSeconds)
    await host.getByLabel("News (seconds)").fill(String(options.newsSeconds));
  await host.getByRole("button", { name: "Create session" }).click();
  await expect(host).toHaveURL(/\/host\/g_/);
  const saved = host.getByRole("button", { name: "I have saved them" });
  if (await saved.isVisible()) await saved.click();
  const joinCode = (await host.getByLabel("Join code").first().innerText()).replace(/\s/g, "");
  expect(joinCode).toMatch(/^[A-Z0-9]{6}$/);
  const gameId = new URL(host.url()).pathname.split("/").pop()!;
  return { host, joinCode, gameId };
}

/** A student in a browser context of their own joins by code and sits at `state`. */
export async function studentJoins(
  browser: Browser,
  joinCode: string,
  name: string,
  state: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`/join/${joinCode.toLowerCase()}`);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: new RegExp(`^${state}`) }).check();
  await page.getByRole("button", { name: "Join session" }).click();
  await expect(page).toHaveURL(new RegExp(`/play/${joinCode}`, "i"));
  await expect(page.getByRole("banner")).toContainText(state);
  return page;
}

export async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
}

/** Ends phases from the console until the round controls show each expected label in turn. */
export async function endPhases(host: Page, expected: RegExp[]) {
  const controls = host.getByRole("region", { name: "Round controls" });
  for (const label of expected) {
    await host.getByRole("button", { name: "End phase now" }).click();
    await expect(controls).toContainText(label);
  }
}
