"use client";
import { useEffect, useMemo, useState } from "react";
import { estimateTextWidth } from "./labels";

/**
 * Width (px) of a map label's text at `fontSize`, measured with the page's real font (canvas
 * `measureText`, weight 600 as `.label` draws it) once mounted; the upper-bound estimate
 * before that and outside a browser. Label placement needs real widths: an estimate narrower
 * than the glyphs lets two names touch.
 */
export function useTextMeasure(fontSize: number): (text: string) => number {
  const estimate = useMemo(() => (text: string) => estimateTextWidth(text, fontSize), [fontSize]);
  const [measure, setMeasure] = useState<{ f: (text: string) => number } | null>(null);
  useEffect(() => {
    const context = document.createElement("canvas").getContext("2d");
    if (!context) return;
    const family = getComputedStyle(document.body).fontFamily || "system-ui, sans-serif";
    context.font = `600 ${fontSize}px ${family}`;
    const cache = new Map<string, number>();
    setMeasure({
      f: (text) => {
        let w = cache.get(text);
        if (w === undefined) cache.set(text, (w = Math.ceil(context.measureText(text).width) + 1));
        return w;
      },
    });
  }, [fontSize]);
  return measure?.f ?? estimate;
}
