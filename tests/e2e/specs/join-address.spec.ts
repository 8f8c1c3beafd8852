import os from "node:os";
import { expect, test, type Locator } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { hostSession } from "../support/classroom.ts";

/** What a phone's camera reads from a QR code on screen. */
async function scan(qr: Locator): Promise<string> {
  const png = PNG.sync.read(await qr.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error("no QR code could be read from the screenshot");
  return code.data;
}

// This machine's external IPv4 addresses, read by the test, not by the product.
const lanAddresses = Object.values(os.networkInterfaces())
  .flat()
  .filter((e) => e?.family === "IPv4" && !e.internal && !e.address.startsWith("169.254."))
  .map((e) => e!.address);

// Issue 12, defect 5: the instructor opened the loopback address the README prints.
test("the QR code of an instructor on localhost takes a student's phone to the server", async ({
  browser,
  baseURL,
}) => {
  test.skip(lanAddresses.length === 0, "this machine has no LAN address to invite students to");
  const port = new URL(baseURL!).port;
  const { host, joinCode } = await hostSession(browser, "Invite drill");
  expect(new URL(host.url()).hostname).toBe("127.0.0.1");

  const invite = host.getByRole("region", { name: "Invite your class" });
  const payload = await scan(invite.getByTestId("join-qr"));
  const target = new URL(payload);
  expect(lanAddresses).toContain(target.hostname);
  expect(payload).toBe(`http://${target.hostname}:${port}/join/${joinCode}`);
  await expect(invite.getByTestId("join-link")).toHaveText(payload);
  await expect(invite).toContainText(`Go to ${target.hostname}:${port} and enter`);
  await expect(invite.getByText(/Only this computer/)).toHaveCount(0);

  // A phone (its own browser, nothing stored) opens what it scanned and joins.
  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
  ).newPage();
  await phone.goto(payload);
  await phone.getByLabel("Your name").fill("Noa");
  await phone.getByRole("radio", { name: /^Japan/ }).check();
  await phone.getByRole("button", { name: "Join session" }).click();
  await expect(phone).toHaveURL(
    new RegExp(`^http://${target.hostname}:${port}/play/${joinCode}`, "i"),
  );
  await expect(phone.getByRole("banner")).toContainText("Japan");

  // The projector, opened at http://localhost, shows the same reachable address.
  const screen = await (await browser.newContext()).newPage();
  await screen.goto(`http://localhost:${port}/screen/${joinCode}`);
  await expect(screen.getByTestId("join-host")).toHaveText(`${target.hostname}:${port}`);
  expect(await scan(screen.getByTestId("join-qr"))).toBe(payload);
});
