import { expect, test, type Locator, type Page } from "@playwright/test";
import { hostSession, openTab, studentJoins } from "../support/classroom.ts";

/**
 * Map labels on the 2017 East Asia scenario (issue 13, defect 6): on the projector at
 * 1366x768 and 1920x1080, in the instructor's and a student's console at 1366x768, every
 * playable state has a visible label (name and bloc badge) and no two label boxes overlap,
 * measured with getBoundingClientRect. Korea and Japan are where they used to collide, and
 * where the projector used to hide North and South Korea's names.
 */

const PLAYABLE = [
  "United States",
  "China",
  "Japan",
  "South Korea",
  "North Korea",
  "Taiwan",
  "Vietnam",
  "India",
];

/** The coalition map's SVG (its summary label starts "Coalition map"). */
const MAP = 'svg[role="img"][aria-label^="Coalition map"]';

type Box = { id: string; text: string; left: number; top: number; right: number; bottom: number };

/** Every drawn label (`[data-label]`: badge + name) of the map inside `map`, as page boxes. */
async function labelBoxes(map: Locator): Promise<Box[]> {
  return map.locator("[data-label]").evaluateAll((groups) =>
    groups.flatMap((g) => {
      const r = g.getBoundingClientRect();
      const visible = r.width > 0 && r.height > 0 && getComputedStyle(g).visibility !== "hidden";
      return visible
        ? [
            {
              id: g.getAttribute("data-label") ?? "",
              text: g.querySelector(":scope > text")?.textContent ?? "",
              left: r.left,
              top: r.top,
              right: r.right,
              bottom: r.bottom,
            },
          ]
        : [];
    }),
  );
}

/** A screenshot clip around the named labels (and their dots), with a margin. */
function around(boxes: Box[], names: string[]) {
  const some = boxes.filter((b) => names.includes(b.text));
  const left = Math.max(0, Math.min(...some.map((b) => b.left)) - 60);
  const top = Math.max(0, Math.min(...some.map((b) => b.top)) - 60);
  const right = Math.max(...some.map((b) => b.right)) + 60;
  const bottom = Math.max(...some.map((b) => b.bottom)) + 60;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

async function expectReadableLabels(page: Page, map: Locator, where: string) {
  await expect(map.locator("[data-label]").first()).toBeVisible();
  // The placement settles once the atlas and the page font are in: wait for every name.
  await expect
    .poll(async () => (await labelBoxes(map)).map((b) => b.text), { message: where })
    .toEqual(expect.arrayContaining(PLAYABLE));
  // A resize or the font's measurement re-places the labels: check the settled layout (the
  // same boxes twice, 400 ms apart), the one a class would look at.
  let boxes = await labelBoxes(map);
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(400);
        const again = await labelBoxes(map);
        const same = JSON.stringify(again) === JSON.stringify(boxes);
        boxes = again;
        return same;
      },
      { message: `${where}: labels settle` },
    )
    .toBe(true);
  const frame = await map.evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  for (const name of PLAYABLE) {
    const box = boxes.find((b) => b.text === name);
    expect(box, `${where}: ${name} has a label`).toBeTruthy();
    expect(box!.left, `${where}: ${name} inside the map`).toBeGreaterThanOrEqual(frame.left);
    expect(box!.right, `${where}: ${name} inside the map`).toBeLessThanOrEqual(frame.right);
    expect(box!.top, `${where}: ${name} inside the map`).toBeGreaterThanOrEqual(frame.top);
    expect(box!.bottom, `${where}: ${name} inside the map`).toBeLessThanOrEqual(frame.bottom);
  }
  const overlaps: string[] = [];
  for (const a of boxes)
    for (const b of boxes)
      if (
        a.id < b.id &&
        a.left < b.right &&
        b.left < a.right &&
        a.top < b.bottom &&
        b.top < a.bottom
      )
        overlaps.push(`${a.text} / ${b.text}`);
  expect(overlaps, `${where}: overlapping label boxes`).toEqual([]);
  return boxes;
}

test("every playable East Asia 2017 state has its own readable map label", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { host, joinCode } = await hostSession(browser, "Map labels");
  const japan = await studentJoins(browser, joinCode, "Aiko", "Japan");
  await host.getByRole("button", { name: "Start game" }).click();

  const screen = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  await screen.goto(`/screen/${joinCode}`);
  const projectorMap = screen.locator(MAP);
  await expect(screen.getByRole("timer")).toBeVisible();
  const projectorBoxes = await expectReadableLabels(screen, projectorMap, "projector 1920x1080");
  // On the projector some crowded names sit off their state, joined to it by a drawn line.
  const leaders = await projectorMap.locator("[data-leader] line").evaluateAll((lines) =>
    lines.map((l) => ({
      stroke: getComputedStyle(l).stroke,
      width: parseFloat(getComputedStyle(l).strokeWidth),
    })),
  );
  expect(leaders.length, "leader lines on the projector").toBeGreaterThan(0);
  for (const l of leaders) {
    expect(l.stroke, "leader line colour").not.toBe("none");
    expect(l.width, "leader line width").toBeGreaterThanOrEqual(1.5);
  }
  await screen.screenshot({ path: testInfo.outputPath("map-labels-projector-1920x1080.png") });
  await screen.screenshot({
    path: testInfo.outputPath("map-labels-projector-1920x1080-korea.png"),
    clip: around(projectorBoxes, ["North Korea", "South Korea", "Japan", "China"]),
  });

  await screen.setViewportSize({ width: 1366, height: 768 });
  await expectReadableLabels(screen, projectorMap, "projector 1366x768");
  await screen.screenshot({ path: testInfo.outputPath("map-labels-projector-1366x768.png") });

  await host.setViewportSize({ width: 1366, height: 768 });
  const hostMap = host.locator(MAP);
  await hostMap.scrollIntoViewIfNeeded();
  await expectReadableLabels(host, hostMap, "instructor console 1366x768");
  await hostMap.screenshot({ path: testInfo.outputPath("map-labels-host-1366x768.png") });

  await japan.setViewportSize({ width: 1366, height: 768 });
  await openTab(japan, "Coalition map");
  const studentMap = japan.locator(MAP);
  await expectReadableLabels(japan, studentMap, "student console 1366x768");
  await studentMap.screenshot({ path: testInfo.outputPath("map-labels-student-1366x768.png") });

  await screen.context().close();
  await japan.context().close();
  await host.context().close();
});
