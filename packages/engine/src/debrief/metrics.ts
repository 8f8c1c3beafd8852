/** Agreement statistics for the debrief (THREAT-MODEL.md s.6). Pure numeric helpers. */

/** Cohen's kappa of two label sequences; 1 when both are constant and equal, 0 when agreement is only chance. */
export function cohensKappa<T>(a: readonly T[], b: readonly T[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let agree = 0;
  const ca = new Map<T, number>(),
    cb = new Map<T, number>();
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    ca.set(a[i]!, (ca.get(a[i]!) ?? 0) + 1);
    cb.set(b[i]!, (cb.get(b[i]!) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [k, v] of ca) pe += (v / n) * ((cb.get(k) ?? 0) / n);
  if (pe >= 1) return po === 1 ? 1 : 0;
  return (po - pe) / (1 - pe);
}

/** Confusion matrix: rows = predicted, columns = actual, over the given label set. */
export function confusionMatrix<T extends string>(
  labels: readonly T[],
  predicted: readonly T[],
  actual: readonly T[],
): Record<T, Record<T, number>> {
  const m = Object.fromEntries(
    labels.map((r) => [r, Object.fromEntries(labels.map((c) => [c, 0]))]),
  ) as Record<T, Record<T, number>>;
  for (let i = 0; i < Math.min(predicted.length, actual.length); i++) {
    const row = m[predicted[i]!];
    if (row && actual[i]! in row) row[actual[i]!]++;
  }
  return m;
}

/** log of n choose k, via lgamma-free summation (n is small: state-rounds of one game). */
function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}

/**
 * Exact McNemar test: b = cases only the first theory got right, c = only the second.
 * Two-sided p = min(1, 2 * P(X <= min(b, c))) with X ~ Binomial(b + c, 1/2).
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  let p = 0;
  for (let i = 0; i <= k; i++) p += Math.exp(logChoose(n, i) - n * Math.LN2);
  return Math.min(1, 2 * p);
}

const choose2 = (x: number) => (x * (x - 1)) / 2;

/** Adjusted Rand index of two partitions given as label per item (Hubert & Arabie 1985). */
export function adjustedRandIndex(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): number {
  const n = Math.min(a.length, b.length);
  if (n < 2) return 1;
  const cell = new Map<string, number>(),
    ra = new Map<string | number, number>(),
    rb = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const k = `${a[i]}\u0000${b[i]}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
    ra.set(a[i]!, (ra.get(a[i]!) ?? 0) + 1);
    rb.set(b[i]!, (rb.get(b[i]!) ?? 0) + 1);
  }
  let index = 0,
    sa = 0,
    sb = 0;
  for (const v of cell.values()) index += choose2(v);
  for (const v of ra.values()) sa += choose2(v);
  for (const v of rb.values()) sb += choose2(v);
  const expected = (sa * sb) / choose2(n);
  const max = (sa + sb) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/** Pearson correlation, null when undefined (fewer than 2 points or no variance). */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  let mx = 0,
    my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}
