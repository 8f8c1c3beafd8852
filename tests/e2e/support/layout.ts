import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Layout checks for small screens, shared by the phone specs. Each names the offending
 * elements in its failure message, so a screenshot is not needed to find them.
 */

/**
 * No horizontal scroll. In a mobile-emulated page (`isMobile`) `window.innerWidth` is the
 * visual viewport, which Chromium widens (zooms out) to fit content wider than the device, so
 * `scrollWidth <= innerWidth` alone cannot fail there; the layout viewport (`clientWidth`) and
 * the page scale are checked too, and the widest offenders are named in the message.
 */
export async function expectNoHorizontalScroll(page: Page, where: string) {
  const width = page.viewportSize()!.width;
  const found = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.innerText?.slice(0, 40)}"`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: limit,
      innerWidth: window.innerWidth,
      scale: window.visualViewport?.scale ?? 1,
      wide,
    };
  });
  const detail = `${where}: page ${found.scrollWidth}px wide, window ${found.innerWidth}px, layout ${found.clientWidth}px, scale ${found.scale}; too wide: ${found.wide.join("; ")}`;
  expect(found.scrollWidth, detail).toBeLessThanOrEqual(found.innerWidth);
  expect(found.scrollWidth, detail).toBeLessThanOrEqual(found.clientWidth);
  expect(found.innerWidth, detail).toBe(width);
  expect(found.scale, detail).toBe(1);
}

/**
 * Every visible button and link shows its whole label: nothing cut off by
 * its own box or by an ancestor that hides overflow, and nothing past the screen's edge.
 * A button inside a container that scrolls sideways on purpose (a table) is measured against
 * that container's box, not the screen.
 */
export async function expectButtonsWhole(page: Page, where: string) {
  const clipped = await page.evaluate(() => {
    const bad: string[] = [];
    const limit = document.documentElement.clientWidth;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("button, a[href]"))) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === "hidden")
        continue;
      const label = `"${(el.innerText || el.getAttribute("aria-label") || "").trim().slice(0, 50)}"`;
      if (el.scrollWidth > el.clientWidth + 1) {
        bad.push(`${label} needs ${el.scrollWidth}px, has ${el.clientWidth}px`);
        continue;
      }
      let right = limit;
      let left = 0;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow === "visible") continue;
        const r = p.getBoundingClientRect();
        right = Math.min(right, r.right);
        left = Math.max(left, r.left);
        if (overflow === "auto" || overflow === "scroll") {
          // Scrolled into reach by its container: only its own box must hold the label.
          right = Infinity;
          left = -Infinity;
          break;
        }
      }
      if (box.right > right + 1 || box.left < left - 1)
        bad.push(`${label} spans x=${Math.round(box.left)}..${Math.round(box.right)}`);
    }
    return bad;
  });
  expect(clipped, `${where}: buttons cut off`).toEqual([]);
}

/**
 * Every shown table's name (its caption, or what `aria-labelledby` points at) is wholly on screen
 * without scrolling the table sideways: a caption inside a table wider than the screen is
 * as wide as the table, so its lines run off the edge.
 */
export async function expectTableNamesOnScreen(page: Page, where: string) {
  const offscreen = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const bad: string[] = [];
    for (const table of Array.from(document.querySelectorAll("table"))) {
      if (table.getBoundingClientRect().width === 0) continue;
      // A table kept for screen readers only (inside a clipped 1 px box) is not on screen.
      let hidden = false;
      for (let p: HTMLElement | null = table; p; p = p.parentElement)
        if (p.getBoundingClientRect().width <= 1 && getComputedStyle(p).overflow === "hidden")
          hidden = true;
      if (hidden) continue;
      const ids = table.getAttribute("aria-labelledby")?.split(/\s+/) ?? [];
      const names = [
        ...ids.map((id: string) => document.getElementById(id)),
        table.querySelector(":scope > caption"),
      ].filter((el): el is HTMLElement => el instanceof HTMLElement);
      for (const name of names) {
        const box = name.getBoundingClientRect();
        if (box.width <= 1) continue; // visually hidden on purpose
        if (box.left < -0.5 || box.right > limit + 0.5)
          bad.push(
            `"${name.innerText.slice(0, 40)}" spans x=${Math.round(box.left)}..${Math.round(box.right)}`,
          );
      }
    }
    return bad;
  });
  expect(offscreen, `${where}: table names off screen`).toEqual([]);
}

/** No two of these boxes overlap, and each is at least `minWidth` px wide (readable). */
export async function expectSideBySide(
  where: string,
  parts: Record<string, Locator>,
  minWidth = 0,
) {
  const boxes = await Promise.all(
    Object.entries(parts).map(async ([name, locator]) => ({
      name,
      box: await locator.boundingBox(),
    })),
  );
  for (const { name, box } of boxes) {
    expect(box, `${where}: ${name} is not shown`).not.toBeNull();
    expect(
      box!.width,
      `${where}: ${name} is ${Math.round(box!.width)}px wide`,
    ).toBeGreaterThanOrEqual(minWidth);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box!;
      const b = boxes[j]!.box!;
      const overlap =
        a.x < b.x + b.width - 0.5 &&
        b.x < a.x + a.width - 0.5 &&
        a.y < b.y + b.height - 0.5 &&
        b.y < a.y + a.height - 0.5;
      expect(overlap, `${where}: ${boxes[i]!.name} overlaps ${boxes[j]!.name}`).toBe(false);
    }
}

/**
 * Every card of the page (a `section` or `figure` not inside another) is at least `minWidth`
 * px wide: a grid with a fixed-width first column once squeezed the replay's notes, the whole
 * game and the messages into a 50 px strip past the screen's edge.
 */
export async function expectCardsReadable(page: Page, where: string, minWidth: number) {
  const narrow = await page.evaluate((min) => {
    return Array.from(document.querySelectorAll<HTMLElement>("main section, main figure"))
      .filter((el) => !el.parentElement?.closest("section, figure"))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.width < min;
      })
      .map(
        (el) =>
          `"${el.innerText.slice(0, 30).replace(/\n/g, " ")}" ${Math.round(el.getBoundingClientRect().width)}px`,
      );
  }, minWidth);
  expect(narrow, `${where}: cards narrower than ${minWidth}px`).toEqual([]);
}

/**
 * No word in the visible table cells under `scope` is broken across lines unless it is a long
 * token: wider than its table's fair share per column (table width / columns). "Unalig/ned"
 * and "MEMB/ERS" at 390 px were short words in a column squeezed below them, so the squeezed
 * cell's own width is not the yardstick. A hyphen counts as a place to break.
 */
export async function expectWordsWhole(scope: Locator, where: string) {
  const broken = await scope.evaluateAll((tables) => {
    const found: string[] = [];
    for (const table of tables as HTMLTableElement[]) {
      const columns = Math.max(1, ...Array.from(table.rows).map((r) => r.cells.length));
      const share = table.getBoundingClientRect().width / columns;
      for (const cell of Array.from(table.querySelectorAll<HTMLElement>("th, td"))) {
        if (cell.getClientRects().length === 0) continue;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? "").matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
            const lines = new Set(rects.map((r) => Math.round(r.top)));
            const width = rects.reduce((sum, r) => sum + r.width, 0);
            if (lines.size > 1 && width <= share)
              found.push(`"${match[0]}" (${Math.round(width)}px) in a ${cell.clientWidth}px cell`);
          }
        }
      }
    }
    return found;
  });
  expect(broken, `${where}: short words broken mid-word`).toEqual([]);
}
