import { describe, expect, it } from "vitest";
import { formatAddress, inRange, parseAddress, parseRange } from "./ip.ts";

const written = (text: string) => {
  const address = parseAddress(text);
  return address ? formatAddress(address) : undefined;
};

describe("addresses", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7"],
    [" 192.0.2.7 ", "192.0.2.7"],
    ["192.0.2.7:51234", "192.0.2.7"],
    ["::ffff:192.0.2.7", "192.0.2.7"],
    ["::FFFF:c000:0207", "192.0.2.7"],
    ["2001:db8::1", "2001:db8::1"],
    ["[2001:DB8:0:0:0:0:0:1]:443", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["::1", "::1"],
    ["::", "::"],
    ["2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1"],
    ["2001:0:0:1:0:0:0:0", "2001:0:0:1::"],
    ["1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"],
    ["1:0:2:3:4:5:6:7", "1:0:2:3:4:5:6:7"],
  ])("reads %j as %s", (text, expected) => {
    expect(written(text)).toBe(expected);
  });

  it.each([
    "",
    "unknown",
    "256.1.1.1",
    "1.2.3",
    "1.2.3.4.5",
    "1::2::3",
    "12345::",
    "1:2:3:4:5:6:7:8:9",
    "x.y.z.w",
  ])("refuses %j", (text) => {
    expect(parseAddress(text)).toBeUndefined();
  });
});

describe("ranges", () => {
  const has = (range: string, address: string) => {
    const r = parseRange(range);
    const a = parseAddress(address);
    if (!r || !a) throw new Error(`bad test input ${range} ${address}`);
    return inRange(r, a);
  };

  it("matches a CIDR range by its prefix, in either family", () => {
    expect(has("10.0.0.0/8", "10.200.3.4")).toBe(true);
    expect(has("10.0.0.0/8", "11.0.0.1")).toBe(false);
    expect(has("172.16.0.0/12", "172.31.255.255")).toBe(true);
    expect(has("172.16.0.0/12", "172.32.0.1")).toBe(false);
    expect(has("fd00::/8", "fd12:3456::1")).toBe(true);
    expect(has("fd00::/8", "fe80::1")).toBe(false);
    expect(has("0.0.0.0/0", "203.0.113.1")).toBe(true);
  });

  it("takes a bare address as that address only, and never matches across families", () => {
    expect(has("192.0.2.1", "192.0.2.1")).toBe(true);
    expect(has("192.0.2.1", "192.0.2.2")).toBe(false);
    expect(has("::1", "127.0.0.1")).toBe(false);
    // A dual-stack socket's mapped address still matches the IPv4 range.
    expect(has("127.0.0.0/8", "::ffff:127.0.0.1")).toBe(true);
  });

  it.each([
    "10.0.0.0/33",
    "10.0.0.0/-1",
    "10.0.0.0/x",
    "::/129",
    "10.0.0.1:80",
    "[::1]",
    "a/8",
    "10.0.0.0/8/8",
  ])("refuses %j", (text) => {
    expect(parseRange(text)).toBeUndefined();
  });
});
