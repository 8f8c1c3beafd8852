import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { endPhases, hostSession, openTab, studentJoins } from "../support/classroom.ts";

function parseCsv(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

test("finish a short game, debrief it, replay it as one state, grade and export", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const { host, joinCode, gameId } = await hostSession(browser, "Grading drill");
  const japan = await studentJoins(browser, joinCode, "Aiko", "Japan");
  await host.getByRole("button", { name: "Start game" }).click();
  await openTab(japan, "Negotiate");
  await japan.getByLabel("Message").fill("Japan will stand with its allies.");
  await japan.getByRole("button", { name: "Send" }).click();
  await endPhases(host, [
    /Orders/i,
    /Round 1 results/,
    /Negotiation/i,
    /Orders/i,
    /Round 2 results/,
  ]);
  await host.getByRole("button", { name: "End game" }).click();
  await host.getByRole("button", { name: "End the game" }).click();
  await expect(host.getByText("The game is over.")).toBeVisible();

  // The debrief, from the console: in a new tab, so the console stays where it was.
  const debriefLink = host.getByRole("link", { name: "Open the debrief" });
  await expect(debriefLink).toHaveAttribute("target", "_blank");
  const [debriefTab] = await Promise.all([
    host.context().waitForEvent("page"),
    debriefLink.click(),
  ]);
  await expect(debriefTab).toHaveURL(new RegExp(`/review/${gameId}`));
  await debriefTab.close();
  await host.goto(`/review/${gameId}`);
  await expect(host.getByText(/balance of threat/i).first()).toBeVisible();
  await expect(host.getByRole("table").filter({ hasText: "Japan" }).first()).toBeVisible();
  // The coalition timeline shows the blocs recorded at each round's resolution (Japan is in
  // the scenario's US alliance from round 1), numbered as the live map numbers them.
  const timeline = host.getByRole("table", { name: /Bloc number per state and round/ });
  await expect(timeline.getByRole("row").filter({ hasText: "Japan" })).toContainText(/\d/);
  await host.screenshot({ path: testInfo.outputPath("debrief.png"), fullPage: true });

  // The replay, exactly as Japan's student saw it, and a grade on that moment.
  await host.goto(`/review/${gameId}/replay`);
  await host.getByLabel("Point of view").selectOption("JPN");
  await expect(host).toHaveURL(/viewer=JPN/);
  await expect(host.getByText("Japan will stand with its allies.").first()).toBeVisible();
  await host.getByRole("button", { name: "Add note" }).click();
  await host.getByLabel("Criterion").fill("Negotiation");
  await host
    .getByLabel("Note", { exact: true })
    .fill("Clear public commitment; no private bargaining yet.");
  await host.getByLabel("Grade (points)").fill("7");
  const author = host.getByLabel("Your name");
  if (await author.isVisible()) await author.fill("TA Kim");
  await host.getByRole("button", { name: "Save note" }).click();
  await expect(host.getByText("Clear public commitment; no private bargaining yet.")).toBeVisible();
  await host.screenshot({ path: testInfo.outputPath("replay.png"), fullPage: true });

  // The CSV exports: UTF-8 with a byte-order mark (Excel); grades carry the note; events
  // flag every bot-played row.
  await host.goto(`/review/${gameId}`);
  const gradesDownload = host.waitForEvent("download");
  await host.getByRole("button", { name: "Download grades CSV" }).click();
  const gradesBytes = readFileSync((await (await gradesDownload).path())!);
  expect([...gradesBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const grades = parseCsv(gradesBytes.toString("utf8"));
  expect(grades).toHaveLength(1);
  expect(grades[0]).toMatchObject({
    participant: "Aiko",
    state: "JPN",
    criterion: "Negotiation",
    grade: "7",
    bot: "false",
  });

  const eventsDownload = host.waitForEvent("download");
  await host.getByRole("button", { name: "Download events CSV" }).click();
  const events = parseCsv(readFileSync((await (await eventsDownload).path())!, "utf8"));
  expect(events.length).toBeGreaterThan(10);
  expect(events.map((row) => Number(row.seq))).toEqual(events.map((_, i) => i + 1));
  const botRows = events.filter((row) => row.actor?.startsWith("bot:"));
  expect(botRows.length).toBeGreaterThan(0);
  expect(botRows.every((row) => row.bot === "true")).toBe(true);
  expect(events.some((row) => row.participant === "Aiko")).toBe(true);

  // The grading workbook sits beside the CSVs, and each student's record prints for feedback.
  const workbookDownload = host.waitForEvent("download");
  await host.getByRole("button", { name: "Download the grading workbook (.xlsx)" }).click();
  const workbook = readFileSync((await (await workbookDownload).path())!);
  expect([...workbook.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip: PK
  await host.goto(`/review/${gameId}/students`);
  await host.getByRole("link", { name: "Aiko" }).first().click();
  await host.getByRole("link", { name: "Printable record" }).click();
  await expect(host).toHaveURL(new RegExp(`/review/${gameId}/students/[^/]+/print$`));
  await expect(host.getByRole("heading", { name: "Student record (printable)" })).toBeVisible();
  await expect(host.getByRole("heading", { name: /Aiko, Japan/ })).toBeVisible();
  await expect(host.getByText("Clear public commitment; no private bargaining yet.")).toBeVisible();
  await host.emulateMedia({ media: "print" });
  await expect(host.getByRole("navigation", { name: "Review pages" })).toBeHidden();
  await expect(host.getByRole("button", { name: "Print this record" })).toBeHidden();
  await expect(host.getByRole("heading", { name: /Aiko, Japan/ })).toBeVisible();
  await host.pdf({ path: testInfo.outputPath("student-record.pdf") });
});
