// Whose request is this, for rate limits. `X-Forwarded-For` is written by whoever sends the
// request, so it counts only when the direct peer is a proxy the operator named in
// TRUST_PROXY; then the address is the nearest one that proxy chain did not add itself.
import { isIP } from "node:net";

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same client. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the socket's peer, or (when the peer is a trusted proxy) the
 * right-most forwarded address that is not itself a trusted proxy.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: readonly string[],
): string {
  const direct = normaliseAddress(peer ?? "unknown");
  if (trustedProxies.length === 0 || !trustedProxies.includes(direct)) return direct;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map(normaliseAddress)
    .filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!trustedProxies.includes(hop)) return hop;
  }
  return direct;
}
