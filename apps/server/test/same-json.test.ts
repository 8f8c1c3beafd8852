// The publisher keeps a room block's identity while its content is unchanged (sameJson):
// equal as JSON means equal here, so an unchanged lobby is skipped and a changed one is not.
import { describe, expect, it } from "vitest";
import { sameJson } from "../src/live/publisher.ts";

describe("sameJson", () => {
  it("is JSON equality: key order and undefined properties do not count", () => {
    expect(sameJson({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([{ id: "p1", connected: true }], [{ id: "p1", connected: true }])).toBe(true);
  });
  it("sees any change: a value, a missing key, an array's length or order, a type", () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], [1, 1])).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(
      sameJson(
        [{ stateId: "JPN", participants: [{ id: "p1", connected: true }] }],
        [{ stateId: "JPN", participants: [{ id: "p1", connected: false }] }],
      ),
    ).toBe(false);
  });
});
