import { expect, test, type Locator } from "@playwright/test";
import { hostSession, studentJoins } from "../support/classroom.ts";

/** "14:59" -> 899 (seconds). */
function seconds(text: string): number {
  const match = /(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`no clock in "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Issue 12, defect 7: a laptop clock corrected while the page is open (as after a wake) must
 * not move the countdown. The student's browser clock jumps 5 minutes mid-phase (Playwright's
 * `clock.setSystemTime`, which moves `Date.now()` and nothing else), with no server message to
 * re-measure the offset; the student's countdown stays within 1 s of the server's remaining
 * time, read from the instructor's console, whose clock is the server machine's.
 */
test("the countdown stays within 1 s of the server after the browser clock jumps by 5 minutes", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { host, joinCode } = await hostSession(browser, "Clock jump");
  const student = await studentJoins(browser, joinCode, "Mika", "Japan");
  await host.getByRole("button", { name: "Start game" }).click();

  const hostTimer = host.getByRole("region", { name: "Round controls" }).getByRole("timer");
  const studentTimer = student.getByRole("banner").getByRole("timer");
  await expect(studentTimer).toHaveText(/\d+:\d{2}/);
  await expect(hostTimer).toHaveText(/\d+:\d{2}/);

  /** Seconds between the student's countdown and the server's (the host's), read together. */
  const drift = async (a: Locator, b: Locator) => {
    const [studentText, hostText] = await Promise.all([a.innerText(), b.innerText()]);
    return Math.abs(seconds(studentText) - seconds(hostText));
  };
  // Both consoles settle on the same countdown before the clock is touched.
  await expect.poll(() => drift(studentTimer, hostTimer)).toBeLessThanOrEqual(1);

  // Fake timers from here on (time still flows); then the wall clock jumps 5 minutes ahead.
  await student.clock.install();
  await student.clock.setSystemTime(Date.now() + 5 * 60_000);
  // Within 1 s at all times: sampled at once and every quarter second afterwards.
  const stays = async () => {
    for (let i = 0; i < 12; i++) {
      expect(await drift(studentTimer, hostTimer)).toBeLessThanOrEqual(1);
      await student.waitForTimeout(250);
    }
  };
  await stays();

  // And back (the clock corrected by 5 minutes the other way).
  await student.clock.setSystemTime(Date.now() - 5 * 60_000);
  await stays();

  // A fresh snapshot (the instructor extends the phase) keeps it right too.
  await host.getByRole("button", { name: "Extend by 1 minute" }).click();
  await expect
    .poll(() => drift(studentTimer, hostTimer), { timeout: 5_000 })
    .toBeLessThanOrEqual(1);
  await student.screenshot({ path: testInfo.outputPath("student-after-clock-jump.png") });
});
