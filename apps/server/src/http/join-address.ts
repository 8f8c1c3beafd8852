// The address students are invited to (join link, QR code, projector). The instructor often
// opens the console at http://localhost:3000, the URL `pnpm start` prints; a phone that scans
// a QR code for "localhost" reaches itself, not the classroom server. So the invitation uses,
// in order: the configured PUBLIC_URL; the address the instructor's browser already uses when
// it is not loopback (a LAN address or a real host name); the server's own LAN address; and
// only then the loopback address, with a warning.
import type { NetworkInterfaceInfo } from "node:os";

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

export type JoinAddressSource = "public-url" | "browser" | "lan" | "localhost";

export interface JoinAddress {
  /** Origin to put in join links and QR codes, e.g. http://192.168.1.20:3000. */
  origin: string;
  source: JoinAddressSource;
  /** Every reachable origin the instructor may pick instead (the chosen one first). */
  candidates: string[];
  /** Set when students on other devices probably cannot reach `origin`. */
  warning: string | null;
}

/** True for hosts only this computer can reach: localhost, 127.0.0.0/8, ::1, 0.0.0.0. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === "::1" ||
    host === "0.0.0.0" ||
    host === "::"
  );
}

const isPrivateIPv4 = (ip: string) =>
  /^10\./.test(ip) || /^192\.168\./.test(ip) || /^172\.(1[6-9]|2\d|3[01])\./.test(ip);

/**
 * The http origins on which students on this network can reach the server: one per external
 * IPv4 address when it listens on all interfaces (HOST 0.0.0.0 or ::), the listen address
 * itself when that is an external address, none when it listens on loopback only. Private
 * (RFC 1918) addresses come first: they are the classroom network; link-local ones are left out.
 */
export function lanOrigins(listenHost: string, port: number, interfaces: Interfaces): string[] {
  const all = listenHost === "0.0.0.0" || listenHost === "::";
  if (!all) return isLoopbackHost(listenHost) ? [] : [`http://${bracketed(listenHost)}:${port}`];
  const addresses = Object.values(interfaces)
    .flat()
    .filter((entry): entry is NetworkInterfaceInfo => entry !== undefined)
    .filter((entry) => entry.family === "IPv4" && !entry.internal)
    .map((entry) => entry.address)
    .filter((ip) => !ip.startsWith("169.254."));
  const ordered = [
    ...addresses.filter(isPrivateIPv4),
    ...addresses.filter((ip) => !isPrivateIPv4(ip)),
  ];
  return [...new Set(ordered)].map((ip) => `http://${ip}:${port}`);
}

function bracketed(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * Chooses the join address for an instructor whose browser shows `browserOrigin`.
 * Pure: the server passes its PUBLIC_URL and LAN origins (see lanOrigins).
 */
export function chooseJoinAddress(input: {
  browserOrigin: string;
  publicUrl: string | undefined;
  lan: readonly string[];
}): JoinAddress {
  const browser = new URL(input.browserOrigin);
  const browserReachable = !isLoopbackHost(browser.hostname);
  const candidates = [
    ...new Set([
      ...(input.publicUrl ? [input.publicUrl] : []),
      ...(browserReachable ? [browser.origin] : []),
      ...input.lan,
    ]),
  ];
  const origin = candidates[0];
  if (origin === undefined) {
    return {
      origin: browser.origin,
      source: "localhost",
      candidates: [browser.origin],
      warning:
        "Only this computer can open this address. Start the server with HOST=0.0.0.0 on the " +
        "classroom network, or set PUBLIC_URL, so students' devices can reach it.",
    };
  }
  const source: JoinAddressSource = input.publicUrl
    ? "public-url"
    : browserReachable
      ? "browser"
      : "lan";
  return { origin, source, candidates, warning: null };
}
