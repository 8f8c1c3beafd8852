import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { chooseJoinAddress, isLoopbackHost, lanOrigins, type Interfaces } from "./join-address.ts";

const nic = (address: string, internal = false, family: "IPv4" | "IPv6" = "IPv4") =>
  ({ address, internal, family }) as NetworkInterfaceInfo;

// A laptop on a school network: loopback, Wi-Fi, a Docker bridge and a link-local address.
const laptop: Interfaces = {
  lo: [nic("127.0.0.1", true), nic("::1", true, "IPv6")],
  docker0: [nic("203.0.113.9")],
  wlan0: [nic("192.168.1.20"), nic("fe80::1", false, "IPv6")],
  eth1: [nic("169.254.10.10")],
};

describe("lanOrigins", () => {
  it("lists external IPv4 addresses, private ones first, without link-local", () => {
    expect(lanOrigins("0.0.0.0", 3000, laptop)).toEqual([
      "http://192.168.1.20:3000",
      "http://203.0.113.9:3000",
    ]);
  });

  it("is the listen address itself when the server listens on one, none on loopback", () => {
    expect(lanOrigins("10.1.2.3", 3000, laptop)).toEqual(["http://10.1.2.3:3000"]);
    expect(lanOrigins("127.0.0.1", 3000, laptop)).toEqual([]);
    expect(lanOrigins("localhost", 3000, laptop)).toEqual([]);
  });
});

describe("chooseJoinAddress", () => {
  const lan = ["http://192.168.1.20:3000"];

  it("invites to the LAN address when the instructor opened localhost (issue 12, defect 5)", () => {
    for (const browserOrigin of [
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
    ]) {
      expect(chooseJoinAddress({ browserOrigin, publicUrl: undefined, lan })).toEqual({
        origin: "http://192.168.1.20:3000",
        source: "lan",
        candidates: ["http://192.168.1.20:3000"],
        warning: null,
      });
    }
  });

  it("keeps the address the instructor already uses when others can reach it", () => {
    expect(
      chooseJoinAddress({ browserOrigin: "http://10.0.0.7:3000", publicUrl: undefined, lan }),
    ).toMatchObject({ origin: "http://10.0.0.7:3000", source: "browser" });
    expect(
      chooseJoinAddress({
        browserOrigin: "https://threatscape.school.example",
        publicUrl: undefined,
        lan,
      }),
    ).toEqual({
      origin: "https://threatscape.school.example",
      source: "browser",
      candidates: ["https://threatscape.school.example", "http://192.168.1.20:3000"],
      warning: null,
    });
  });

  it("prefers a configured PUBLIC_URL over everything else", () => {
    expect(
      chooseJoinAddress({
        browserOrigin: "http://localhost:3000",
        publicUrl: "https://class.example.edu",
        lan,
      }),
    ).toEqual({
      origin: "https://class.example.edu",
      source: "public-url",
      candidates: ["https://class.example.edu", "http://192.168.1.20:3000"],
      warning: null,
    });
  });

  it("warns when only localhost is available", () => {
    const only = chooseJoinAddress({
      browserOrigin: "http://localhost:3000",
      publicUrl: undefined,
      lan: [],
    });
    expect(only).toMatchObject({ origin: "http://localhost:3000", source: "localhost" });
    expect(only.warning).toMatch(/Only this computer/);
  });
});

describe("isLoopbackHost", () => {
  it("knows the names of this computer", () => {
    for (const host of ["localhost", "app.localhost", "127.0.0.1", "127.1.2.3", "[::1]", "0.0.0.0"])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["192.168.1.20", "class.example.edu", "10.0.0.1", "localhost.example.com"])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
