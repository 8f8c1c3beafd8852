"use client";
import { useEffect, useState } from "react";
import { Button, type ButtonProps } from "./button";
import styles from "./ui.module.css";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API needs a secure context; classroom servers are often plain http on a LAN.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** Copies `text`; the label changes to "Copied" for a moment (announced politely). */
export function CopyButton({
  text,
  label,
  ...rest
}: Omit<ButtonProps, "onClick" | "children"> & { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <Button
      size="small"
      {...rest}
      onClick={async () => setState((await copyText(text)) ? "copied" : "failed")}
    >
      <span aria-live="polite">
        {state === "copied" ? "Copied" : state === "failed" ? "Select and copy" : label}
      </span>
    </Button>
  );
}

/**
 * A read-only value in monospace with a copy button beside it. A `secret` value is masked
 * until revealed (screens are often projected); copying works without revealing it.
 */
export function CopyField({
  value,
  label,
  copyLabel = "Copy",
  secret = false,
}: {
  value: string;
  label: string;
  copyLabel?: string;
  secret?: boolean;
}) {
  const [revealed, setRevealed] = useState(!secret);
  return (
    <div className={styles.copyRow}>
      <input
        className={styles.copyValue}
        type={revealed ? "text" : "password"}
        readOnly
        value={value}
        aria-label={label}
        title={revealed ? value : undefined}
        onFocus={(e) => e.currentTarget.select()}
      />
      {secret && (
        <Button
          size="small"
          variant="ghost"
          aria-pressed={revealed}
          aria-label={`${revealed ? "Hide" : "Reveal"} ${label}`}
          onClick={() => setRevealed((r) => !r)}
        >
          {revealed ? "Hide" : "Reveal"}
        </Button>
      )}
      <CopyButton text={value} label={copyLabel} aria-label={`${copyLabel}: ${label}`} />
    </div>
  );
}
