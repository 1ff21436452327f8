import { describe, expect, it } from "vitest";
import {
  parseTrustProxy,
  type RequestFacts,
  resolveClient,
  TRUST_CLOUDFLARE,
  TRUST_NONE,
  type TrustPolicy,
} from "./trust-proxy.ts";

function policy(setting: string): TrustPolicy {
  const parsed = parseTrustProxy(setting);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

const http = (facts: Omit<RequestFacts, "urlIsHttps">): RequestFacts => ({ urlIsHttps: false, ...facts });

describe("TRUST_PROXY", () => {
  it("reads none, cloudflare, addresses, ranges and shorthands", () => {
    expect(policy("none")).toEqual(TRUST_NONE);
    expect(policy("cloudflare")).toEqual(TRUST_CLOUDFLARE);
    expect(policy("loopback").proxies).toHaveLength(2);
    expect(policy(" 10.0.0.5, fd00::/8 ,private").proxies).toHaveLength(6);
    expect(policy("cloudflare,loopback")).toMatchObject({ cloudflare: true });
  });

  it.each([
    ["", "must be none"],
    ["everyone", '"everyone"'],
    ["10.0.0.0/40", '"10.0.0.0/40"'],
    ["none,loopback", "cannot be combined"],
  ])("refuses %j with a line that names the problem", (setting, part) => {
    expect(parseTrustProxy(setting)).toContain(part);
  });
});

describe("the client of a request", () => {
  it("trusts no header without a policy: the socket decides", () => {
    const client = resolveClient(
      TRUST_NONE,
      http({
        peer: "203.0.113.5",
        cfConnectingIp: "198.51.100.1",
        forwardedFor: "198.51.100.2",
        forwardedProto: "https",
      }),
    );
    expect(client).toEqual({ address: "203.0.113.5", bucket: "203.0.113.5", https: false });
  });

  it("counts an IPv6 client by its /64, since one subscriber holds all of it", () => {
    const a = resolveClient(TRUST_NONE, http({ peer: "2001:db8:1:2:aaaa::1" }));
    const b = resolveClient(TRUST_NONE, http({ peer: "2001:db8:1:2:bbbb::9" }));
    expect(a.address).not.toBe(b.address);
    expect(a.bucket).toBe("2001:db8:1:2::/64");
    expect(b.bucket).toBe(a.bucket);
    expect(resolveClient(TRUST_NONE, http({ peer: "2001:db8::5" })).bucket).toBe("2001:db8::/64");
  });

  it("takes the right-most hop that is not a trusted proxy, ignoring what the client wrote to its left", () => {
    const trusted = policy("loopback,10.0.0.0/8");
    const facts = http({ peer: "127.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.7, 10.1.2.3" });
    expect(resolveClient(trusted, facts).address).toBe("198.51.100.7");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    const facts = http({ peer: "203.0.113.5", forwardedFor: "198.51.100.7" });
    expect(resolveClient(policy("loopback"), facts).address).toBe("203.0.113.5");
  });

  it("stops at a hop that is no address and counts by the trusted hop to its right", () => {
    const facts = http({ peer: "127.0.0.1", forwardedFor: "198.51.100.7, garbage" });
    expect(resolveClient(policy("loopback"), facts).address).toBe("127.0.0.1");
  });

  it("counts by the peer when every hop is a trusted proxy or there is no header", () => {
    expect(resolveClient(policy("loopback"), http({ peer: "::1" })).address).toBe("::1");
    expect(
      resolveClient(policy("private"), http({ peer: "10.0.0.2", forwardedFor: "10.0.0.9" })).address,
    ).toBe("10.0.0.9");
  });

  it("takes CF-Connecting-IP only when trusting Cloudflare, and then only from the listed peers if any", () => {
    const cf = http({ peer: "203.0.113.5", cfConnectingIp: "198.51.100.1" });
    expect(resolveClient(TRUST_CLOUDFLARE, cf).address).toBe("198.51.100.1");
    expect(resolveClient(policy("loopback"), cf).address).toBe("203.0.113.5");
    expect(resolveClient(policy("cloudflare,loopback"), cf).address).toBe("203.0.113.5");
    expect(resolveClient(policy("cloudflare,loopback"), { ...cf, peer: "127.0.0.1" }).address).toBe(
      "198.51.100.1",
    );
    // A Worker has no socket; a garbled header leaves the client unknown rather than named by it.
    expect(resolveClient(TRUST_CLOUDFLARE, http({ cfConnectingIp: "not-an-ip" })).address).toBe("unknown");
  });

  it("believes X-Forwarded-Proto: https only from a trusted peer", () => {
    const proto = { forwardedProto: "https" };
    expect(resolveClient(TRUST_NONE, http({ peer: "127.0.0.1", ...proto })).https).toBe(false);
    expect(resolveClient(policy("loopback"), http({ peer: "203.0.113.5", ...proto })).https).toBe(false);
    expect(resolveClient(policy("loopback"), http({ peer: "127.0.0.1", ...proto })).https).toBe(true);
    expect(resolveClient(policy("loopback"), http({ peer: "127.0.0.1", forwardedProto: "http" })).https).toBe(
      false,
    );
    expect(resolveClient(TRUST_NONE, { urlIsHttps: true }).https).toBe(true);
  });
});
