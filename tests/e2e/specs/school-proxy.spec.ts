import { expect, test } from "@playwright/test";
import { hostSession, openTab } from "../support/classroom.ts";
import { startRefusingProxy } from "../support/refusing-proxy.ts";

/**
 * Behind a school proxy that refuses WebSocket upgrades (403), the student console still
 * reaches its seat and plays over HTTP long-polling: the client must not insist on WebSocket.
 */
test("a student behind a proxy that refuses WebSocket reaches the seat over long-polling", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const proxy = await startRefusingProxy(baseURL!);
  try {
    const { host, joinCode } = await hostSession(browser, "Behind the school proxy");

    const context = await browser.newContext({ baseURL: proxy.url });
    const student = await context.newPage();
    await student.goto(`/join/${joinCode.toLowerCase()}`);
    await student.getByLabel("Your name").fill("Noor");
    await student.getByRole("radio", { name: /^Japan/ }).check();
    await student.getByRole("button", { name: "Join session" }).click();
    await expect(student).toHaveURL(new RegExp(`/play/${joinCode}`, "i"));
    await expect(student.getByRole("banner")).toContainText("Japan");

    // The seat is live both ways: the instructor sees it taken, and a message gets through.
    await host.getByRole("button", { name: "Start game" }).click();
    await expect(student.getByRole("banner")).toContainText(/Negotiation/i);
    await openTab(student, "Negotiate");
    await student.getByLabel("Message").fill("Polling works from the school network.");
    await student.getByRole("button", { name: "Send" }).click();
    await expect(host.getByText("Polling works from the school network.")).toBeVisible();

    // The browser did try to upgrade, was refused, and stayed on polling.
    expect(proxy.refusedUpgrades()).toBeGreaterThan(0);
    expect(proxy.pollingRequests()).toBeGreaterThan(0);
    await student.screenshot({ path: testInfo.outputPath("student-behind-proxy.png") });
  } finally {
    await proxy.close();
  }
});
