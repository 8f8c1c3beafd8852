import { describe, expect, it } from "vitest";
import {
  alertsBetween,
  ordersCard,
  ofCurrentRound,
  ordersChip,
  plural,
  type AlertFrame,
} from "./round-status";

describe("plural", () => {
  it("says 1 order, 2 orders, 0 orders", () => {
    expect(plural(1, "order")).toBe("1 order");
    expect(plural(2, "order")).toBe("2 orders");
    expect(plural(0, "order")).toBe("0 orders");
    expect(plural(1, "ally", "allies")).toBe("1 ally");
    expect(plural(3, "ally", "allies")).toBe("3 allies");
  });
});

describe("ordersChip", () => {
  it("applies only in the orders phase, to a seated student", () => {
    expect(ordersChip({ status: "running", phase: "orders" }, true, false)).toBe("due");
    expect(ordersChip({ status: "running", phase: "orders" }, true, true)).toBe("submitted");
    expect(ordersChip({ status: "paused", phase: "orders" }, true, false)).toBe("due");
    expect(ordersChip({ status: "running", phase: "negotiation" }, true, false)).toBeNull();
    expect(ordersChip({ status: "running", phase: "news" }, true, false)).toBeNull();
    expect(ordersChip({ status: "running", phase: "orders" }, false, false)).toBeNull();
    expect(ordersChip({ status: "finished", phase: "orders" }, true, false)).toBeNull();
  });
});

describe("ofCurrentRound", () => {
  it("keeps only what was recorded this round", () => {
    const items = [
      { round: 1, n: "a" },
      { round: 2, n: "b" },
      { round: 2, n: "c" },
    ];
    expect(ofCurrentRound(items, 2).map((i) => i.n)).toEqual(["b", "c"]);
    expect(ofCurrentRound(items, 3)).toEqual([]);
  });
});

describe("alertsBetween", () => {
  const frame = (over: Partial<AlertFrame>): AlertFrame => ({
    status: "running",
    round: 1,
    rounds: 8,
    phase: "negotiation",
    news: [],
    ...over,
  });
  it("raises nothing on the first frame or an unchanged one", () => {
    expect(alertsBetween(null, frame({ phase: "orders" }))).toEqual([]);
    expect(alertsBetween(frame({}), frame({}))).toEqual([]);
  });
  it("announces each new phase", () => {
    const orders = alertsBetween(frame({}), frame({ phase: "orders" }));
    expect(orders).toEqual([
      {
        kind: "phase",
        key: "phase:running:1:orders",
        text: "Round 1: orders phase. Submit your orders.",
      },
    ]);
    const next = alertsBetween(frame({ round: 2, phase: "news" }), frame({ round: 2 }));
    expect(next.map((a) => a.text)).toEqual(["Round 2: negotiation is open."]);
  });
  it("announces a resolved round with the round that was resolved", () => {
    const out = alertsBetween(frame({ phase: "orders" }), frame({ round: 2, phase: "news" }));
    expect(out).toEqual([
      {
        kind: "resolved",
        key: "phase:running:2:news",
        text: "Round 1 resolved: read the results in News.",
      },
    ]);
  });
  it("announces new crises (not ordinary news) before the phase change", () => {
    const before = frame({ phase: "orders", news: [{ round: 1, headline: "Old" }] });
    const after = frame({
      round: 2,
      phase: "news",
      news: [
        { round: 1, headline: "Old" },
        { round: 1, headline: "USA sanctions PRK" },
        { round: 2, headline: "Border standoff", crisis: { description: "Troops mass." } },
      ],
    });
    expect(alertsBetween(before, after).map((a) => a.kind)).toEqual(["crisis", "resolved"]);
    expect(alertsBetween(before, after)[0]).toEqual({
      kind: "crisis",
      key: "crisis:2",
      text: "Crisis: Border standoff",
    });
  });
  it("announces the end of the game once", () => {
    const out = alertsBetween(
      frame({ phase: "orders" }),
      frame({ status: "finished", phase: "ended" }),
    );
    expect(out.map((a) => a.kind)).toEqual(["end"]);
    expect(
      alertsBetween(
        frame({ status: "finished", phase: "ended" }),
        frame({ status: "finished", phase: "ended" }),
      ),
    ).toEqual([]);
  });
  it("a pause is not a phase change", () => {
    expect(alertsBetween(frame({}), frame({ status: "paused" }))).toEqual([]);
  });
});

describe("ordersCard", () => {
  it("asks for orders only in the orders phase, with a correct plural", () => {
    expect(ordersCard("orders", false, 0)).toEqual({
      title: "Not yet submitted",
      tag: "due this phase",
      tone: "warn",
    });
    expect(ordersCard("orders", true, 1).tag).toBe("1 order");
    expect(ordersCard("orders", true, 2).tag).toBe("2 orders");
    expect(ordersCard("orders", true, 0).tag).toBe("no change");
    expect(ordersCard("negotiation", false, 0).tone).toBe("info");
    expect(ordersCard("news", true, 3).title).toBe("Orders for the next round");
    // After the end (ended early in a news phase, or the last round resolved): no "draft now".
    expect(ordersCard("news", false, 0, true)).toEqual({
      title: "The game is over",
      tag: "orders closed",
      tone: "info",
    });
    expect(ordersCard("ended", false, 0).tag).toBe("orders closed");
  });
});
