"use client";
// A report table that may be wider than the screen (a phone, many rounds). Its caption sits
// outside the part that scrolls sideways: a <caption> is as wide as its table, so on a phone
// its lines ran off the edge until the table was scrolled. The table keeps the caption's text
// as its accessible name (aria-labelledby), and the scrolling box is a named, focusable region
// only while it actually scrolls, so keyboard users can scroll it too (axe
// scrollable-region-focusable).
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import tableStyles from "./tables.module.css";

/**
 * `caption`: the table's name, shown above it. `className`: the table's classes (default the
 * shared report table). `children`: the table's thead/tbody.
 */
export function TableFrame({
  caption,
  className = tableStyles.table,
  children,
}: {
  caption: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(wrapRef);
  return (
    <div className={tableStyles.frame}>
      <p id={id} className={tableStyles.caption}>
        {caption}
      </p>
      <div
        ref={wrapRef}
        className={tableStyles.tableWrap}
        {...(scrolls ? { role: "region", "aria-labelledby": id, tabIndex: 0 } : {})}
      >
        <table className={className} aria-labelledby={id}>
          {children}
        </table>
      </div>
    </div>
  );
}

/** Whether the element's content is wider than its box, kept current as either resizes. */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
