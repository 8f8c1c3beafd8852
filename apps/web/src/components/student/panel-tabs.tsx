"use client";
import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import layoutStyles from "./console.module.css";
import panelStyles from "./panel.module.css";
import { VisuallyHidden } from "~/components/ui";

export type PanelTab = {
  id: string;
  label: string;
  /** A count shown beside the label (unread, waiting for me...). */
  badge?: number;
  badgeLabel?: string;
  badgeTone?: "accent";
  /** The panel fills the column without padding or its own scroll (chat, map). */
  flush?: boolean;
  content: ReactNode;
};

/**
 * One dashboard column: ARIA tabs (arrow keys move between them). Hidden panels stay
 * mounted so drafts (a half-written treaty, a message) survive switching tabs.
 */
export function PanelTabs({
  label,
  tabs,
  selected,
  onSelect,
  visible = true,
}: {
  label: string;
  tabs: PanelTab[];
  selected: string;
  onSelect: (id: string) => void;
  /** On a phone only the chosen section's column shows (CSS); wider, every column does. */
  visible?: boolean;
}) {
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step && event.key !== "Home" && event.key !== "End") return;
    event.preventDefault();
    const next =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? tabs.length - 1
          : (index + step + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    refs.current[tab.id]?.focus();
  };
  return (
    <section className={layoutStyles.column} aria-label={label} data-visible={visible}>
      <div role="tablist" aria-label={label} className={layoutStyles.tablist}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[tab.id] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-${tab.id}-tab`}
            aria-controls={`${base}-${tab.id}-panel`}
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            className={layoutStyles.tab}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKey(e, index)}
          >
            {tab.label}
            {tab.badge ? (
              <span className={panelStyles.count} data-tone={tab.badgeTone}>
                {tab.badge}
                <VisuallyHidden> {tab.badgeLabel ?? "new"}</VisuallyHidden>
              </span>
            ) : null}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-${tab.id}-panel`}
          aria-labelledby={`${base}-${tab.id}-tab`}
          hidden={tab.id !== selected}
          className={layoutStyles.tabPanel}
          data-flush={tab.flush ? "true" : undefined}
        >
          {tab.content}
        </div>
      ))}
    </section>
  );
}
