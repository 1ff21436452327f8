// TRUST_PROXY: which peers may tell us who the client is and whether it came over https. Pure: the
// setting is parsed once at start, and each request's headers and socket address are judged by it.
import {
  type Address,
  bucketOf,
  formatAddress,
  inRange,
  parseAddress,
  parseRange,
  type Range,
} from "./ip.ts";

export interface TrustPolicy {
  /** CF-Connecting-IP and X-Forwarded-Proto count, as Cloudflare sets them (from `proxies` only, if any). */
  cloudflare: boolean;
  /** Peers whose X-Forwarded-For and X-Forwarded-Proto count. */
  proxies: readonly Range[];
}

/** Node's default: nothing a client sends says who it is; the socket does. */
export const TRUST_NONE: TrustPolicy = { cloudflare: false, proxies: [] };
/** The Worker's: Cloudflare is always in front and overwrites CF-Connecting-IP itself. */
export const TRUST_CLOUDFLARE: TrustPolicy = { cloudflare: true, proxies: [] };

const shorthands: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  // Containers and private networks, where a reverse proxy usually sits (RFC 1918, RFC 4193).
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/**
 * Reads the setting: `none`, `cloudflare`, or a comma list of addresses, CIDR ranges and the
 * shorthands `loopback` and `private` (with `cloudflare` in the list, Cloudflare's header counts
 * only when it comes from one of those peers, as through a local tunnel). A string is the problem.
 */
export function parseTrustProxy(setting: string): TrustPolicy | string {
  const items = setting
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== "");
  if (items.length === 0) return "must be none, cloudflare, or a list of proxy addresses";
  if (items.includes("none")) return items.length === 1 ? TRUST_NONE : "none cannot be combined with others";
  const proxies: Range[] = [];
  for (const item of items) {
    if (item === "cloudflare") continue;
    for (const text of shorthands[item] ?? [item]) {
      const range = parseRange(text);
      if (!range)
        return `has "${item}", which is not an address, a CIDR range, loopback, private or cloudflare`;
      proxies.push(range);
    }
  }
  return { cloudflare: items.includes("cloudflare"), proxies };
}

/** What a request says about where it came from, as read from its socket and headers. */
export interface RequestFacts {
  /** The socket's remote address; absent on Workers and in app.request() tests. */
  peer?: string;
  cfConnectingIp?: string;
  forwardedFor?: string;
  forwardedProto?: string;
  /** The request URL itself is https (always so on Workers behind Cloudflare). */
  urlIsHttps: boolean;
}

export interface Client {
  /** What security logs name: an address, or "unknown". */
  address: string;
  /** What rate limits count by: the address, or for IPv6 its /64 (see bucketOf). */
  bucket: string;
  https: boolean;
}

const trusted = (policy: TrustPolicy, address: Address | undefined): boolean =>
  address !== undefined && policy.proxies.some((range) => inRange(range, address));

/**
 * The right-most X-Forwarded-For hop that is not one of our proxies: every proxy appends the peer it
 * saw, so hops to the left of that one were written by the client and prove nothing.
 */
function forwardedClient(policy: TrustPolicy, header: string, peer: Address): Address {
  let client = peer;
  const hops = header.split(",");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseAddress(hops[i] ?? "");
    // A hop that is no address cannot be counted by; the last trusted one stands in for it.
    if (!hop) return client;
    client = hop;
    if (!trusted(policy, hop)) return hop;
  }
  return client;
}

export function resolveClient(policy: TrustPolicy, facts: RequestFacts): Client {
  const peer = facts.peer === undefined ? undefined : parseAddress(facts.peer);
  const peerTrusted = trusted(policy, peer);
  const fromCloudflare = policy.cloudflare && (policy.proxies.length === 0 || peerTrusted);
  const cf = fromCloudflare && facts.cfConnectingIp ? parseAddress(facts.cfConnectingIp) : undefined;
  let address: Address | undefined = peer;
  if (cf) address = cf;
  else if (peer && peerTrusted && facts.forwardedFor)
    address = forwardedClient(policy, facts.forwardedFor, peer);
  const proto = facts.forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return {
    address: address ? formatAddress(address) : "unknown",
    bucket: address ? bucketOf(address) : "unknown",
    https: facts.urlIsHttps || ((fromCloudflare || peerTrusted) && proto === "https"),
  };
}
