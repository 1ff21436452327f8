// IP addresses and ranges as numbers, so a proxy list can be matched without Node's net module (the
// Worker has none). Pure: parsing and comparing, nothing else.

export interface Address {
  family: 4 | 6;
  value: bigint;
}

export interface Range {
  family: 4 | 6;
  /** The network's first address. */
  base: bigint;
  bits: number;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseV6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groups = (half: string | undefined): number[] | undefined => {
    if (!half) return [];
    const out: number[] = [];
    const pieces = half.split(":");
    for (const [i, piece] of pieces.entries()) {
      // The last piece may be a dotted IPv4 tail (::ffff:192.0.2.1).
      if (i === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseV4(piece);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) out.push(Number.parseInt(piece, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
  return all.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n);
}

const MAPPED_V4 = 0xffffn << 32n;

/**
 * An address as sockets and proxies write it: IPv4, IPv6 (a zone id is dropped), optionally in
 * brackets or with a port. An IPv4-mapped IPv6 address (a dual-stack socket) counts as IPv4.
 */
export function parseAddress(input: string): Address | undefined {
  let text = input.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.replace(/%[\w.-]+$/, "");
  const v4 = parseV4(text);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = parseV6(text);
  if (v6 === undefined) return undefined;
  if (v6 >> 32n === MAPPED_V4 >> 32n) return { family: 4, value: v6 & 0xffffffffn };
  return { family: 6, value: v6 };
}

/** The address as RFC 5952 writes it (IPv6 lower case, the longest run of zero groups as ::), one spelling per address. */
export function formatAddress(address: Address): string {
  if (address.family === 4)
    return [24n, 16n, 8n, 0n].map((shift) => String((address.value >> shift) & 0xffn)).join(".");
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n)
    groups.push(((address.value >> shift) & 0xffffn).toString(16));
  let best = { at: -1, length: 1 };
  for (let i = 0; i < groups.length; ) {
    let end = i;
    while (groups[end] === "0") end++;
    if (end - i > best.length) best = { at: i, length: end - i };
    i = end > i ? end : i + 1;
  }
  if (best.at < 0) return groups.join(":");
  return `${groups.slice(0, best.at).join(":")}::${groups.slice(best.at + best.length).join(":")}`;
}

const widthOf = (family: 4 | 6): number => (family === 4 ? 32 : 128);

/** A single address or a CIDR range (192.0.2.0/24, fd00::/8); undefined when it is neither. */
export function parseRange(input: string): Range | undefined {
  const [text, bitsText, extra] = input.trim().split("/");
  if (extra !== undefined || text === undefined) return undefined;
  // A range is written bare: no brackets, no port.
  if (text.startsWith("[") || /^[\d.]+:\d+$/.test(text.trim())) return undefined;
  const address = parseAddress(text);
  if (!address) return undefined;
  const width = widthOf(address.family);
  // An IPv4-mapped range (::ffff:10.0.0.0/104) is written against 128 bits.
  const written = text.includes(":") && address.family === 4 ? 128 : width;
  const bits = bitsText === undefined ? written : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : Number.NaN;
  // A mapped range shorter than its 96-bit prefix would reach beyond IPv4: refused, not widened.
  if (!Number.isInteger(bits) || bits < written - width || bits > written) return undefined;
  const own = bits - (written - width);
  const shift = BigInt(width - own);
  return { family: address.family, base: (address.value >> shift) << shift, bits: own };
}

export function inRange(range: Range, address: Address): boolean {
  if (range.family !== address.family) return false;
  const shift = BigInt(widthOf(range.family) - range.bits);
  return address.value >> shift === range.base >> shift;
}

/**
 * What a rate limit counts: an IPv4 address, or an IPv6 address's /64, since one subscriber usually
 * holds a whole /64 and could otherwise take a fresh address for every request.
 */
export function bucketOf(address: Address): string {
  if (address.family === 4) return formatAddress(address);
  return `${formatAddress({ family: 6, value: (address.value >> 64n) << 64n })}/64`;
}
