import { expect, test } from "@playwright/test";
import { hostSession, studentJoins } from "../support/classroom.ts";

/**
 * /join/<code> is plain HTML with one small inline script (issue 13's 120 KB first-load
 * budget): no Next.js runtime, the seat taken through the server's HTTP seat desk, refusals
 * shown as message + code, and a seat PIN moving a seat from another browser. Screenshots
 * at 390x844 and 1366x768 are saved for a look.
 */
test("the join page seats students without the React runtime, and moves a seat by PIN", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { host, joinCode } = await hostSession(browser, "Plain join <b>page</b>");
  const aiko = await studentJoins(browser, joinCode, "Aiko", "Japan");

  const desktop = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 } })
  ).newPage();
  const scripts: string[] = [];
  desktop.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
  const response = await desktop.goto(`/join/${joinCode}`);
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).not.toMatch(/<script[^>]*src=/i);
  expect(html).not.toContain("/_next/");
  expect(scripts).toEqual([]);
  // The title is the instructor's text, shown as text.
  await expect(desktop.getByRole("heading", { level: 1 })).toHaveText("Plain join <b>page</b>");
  await expect(desktop.getByText("East Asia")).toBeVisible();
  await expect(desktop.getByRole("radio", { name: /^Japan 1 student/ })).toBeVisible();
  await desktop.screenshot({ path: testInfo.outputPath("join-page-1366x768.png"), fullPage: true });

  // Refusals: the page's own check, then the server's (message and code).
  await desktop.getByRole("button", { name: "Join session" }).click();
  const joinError = desktop.locator("#join-error");
  await expect(joinError).toHaveText("Enter the name your classmates and instructor will see.");
  await expect(desktop.getByLabel("Your name")).toBeFocused();
  await desktop.getByRole("button", { name: "Move my seat here" }).click();
  const pinError = desktop.locator("#reclaim-error");
  await expect(pinError).toContainText("ten-character seat PIN");
  await desktop.getByLabel("Seat PIN").fill("AAAAA-AAAAA");
  await desktop.getByRole("button", { name: "Move my seat here" }).click();
  await expect(pinError).toContainText("No seat has this PIN in this session");
  await expect(pinError).toContainText("(NOT_FOUND)");
  await desktop.screenshot({ path: testInfo.outputPath("join-page-refusals-1366x768.png") });

  // Aiko's seat PIN, from her header, moves her seat here; her old browser is told why.
  const line = await aiko
    .getByRole("banner")
    .getByText(/seat PIN/)
    .innerText();
  const pin = /seat PIN ([A-Z0-9]{5} [A-Z0-9]{5})/.exec(line)?.[1];
  expect(pin).toBeDefined();
  await desktop.getByLabel("Seat PIN").fill(pin!.toLowerCase());
  await desktop.getByRole("button", { name: "Move my seat here" }).click();
  await expect(desktop).toHaveURL(new RegExp(`/play/${joinCode}$`));
  await expect(desktop.getByRole("banner")).toContainText("Japan");
  await expect(desktop.getByRole("banner")).toContainText("Aiko");
  await expect(aiko.getByText(/opened in another browser/)).toBeVisible();
  // This browser holds the seat now: the join link brings it straight back.
  await desktop.goto(`/join/${joinCode}`);
  await expect(desktop).toHaveURL(new RegExp(`/play/${joinCode}$`));

  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
  ).newPage();
  await phone.goto(`/join/${joinCode.toLowerCase()}`);
  await expect(phone.getByText(`Code ${joinCode}`)).toBeVisible();
  await phone.screenshot({ path: testInfo.outputPath("join-page-390x844.png"), fullPage: true });
  await phone.getByLabel("Your name").fill("Mina");
  await phone.getByRole("radio", { name: /^South Korea/ }).check();
  await phone.getByRole("button", { name: "Join session" }).click();
  await expect(phone).toHaveURL(new RegExp(`/play/${joinCode}$`));
  await expect(phone.getByRole("banner")).toContainText("South Korea");

  // An unknown code and a malformed one: a page that says why, with the code.
  await phone.context().clearCookies();
  const missing = await phone.goto("/join/ZZZZZZ");
  expect(missing?.status()).toBe(404);
  await expect(phone.getByRole("alert")).toContainText("No session has this code.");
  await expect(phone.getByRole("alert")).toContainText("(NOT_FOUND)");
  const malformed = await phone.goto("/join/AB0");
  expect(malformed?.status()).toBe(400);
  await expect(phone.getByRole("alert")).toContainText("(BAD_REQUEST)");
  await phone.screenshot({ path: testInfo.outputPath("join-page-refused-390x844.png") });
  // The session preview comes from the server alone: a client's own header is dropped.
  const forged = encodeURIComponent(
    JSON.stringify({
      ok: true,
      data: {
        joinCode: "ZZZZZZ",
        gameId: "g_forged",
        title: "Forged session",
        scenarioName: "Nowhere",
        scenarioYear: 2000,
        status: "lobby",
        states: [],
      },
    }),
  );
  const spoofed = await phone.request.get("/join/ZZZZZZ", {
    headers: { "x-threatscape-join-preview": forged },
  });
  expect(spoofed.status()).toBe(404);
  expect(await spoofed.text()).not.toContain("Forged session");

  for (const page of [desktop, phone, aiko, host]) await page.context().close();
});
