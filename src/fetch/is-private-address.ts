import { BlockList, isIP } from 'node:net';

/** Addresses a fetch must not reach unless private fetching is allowed: loopback, private, link-local, metadata… */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 96], // IPv4-compatible (deprecated), with :: and ::1
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed on some networks)
  ['ff00::', 8], // multicast
  ['100::', 64], // discard-only
  ['2001::', 32], // Teredo: its client address is hidden in the last 32 bits, XORed
  ['2001:10::', 28], // ORCHID
  ['64:ff9b:1::', 48], // local-use IPv4/IPv6 translation
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** An IPv6 address as its eight 16-bit groups (a trailing dotted quad and a zone index are understood), or null. */
export function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/%.*$/, '').toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const bytes = quad.slice(1).map(Number);
    if (bytes.some((b) => b > 255)) return null;
    text = `${text.slice(0, quad.index)}${((bytes[0] << 8) | bytes[1]).toString(16)}:${((bytes[2] << 8) | bytes[3]).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) =>
    part ? part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : [];
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...new Array(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.some(Number.isNaN) ? null : groups;
}

const v4 = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * The IPv4 addresses an IPv6 address carries, by every form that makes a packet reach them: IPv4-compatible
 * (::a.b.c.d, which also covers :: and ::1), IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d),
 * NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::).
 */
export function embeddedIpv4(groups: number[]): string[] {
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  const found: string[] = [];
  if (zero(0, 6) || (zero(0, 5) && groups[5] === 0xffff) || (zero(0, 4) && groups[4] === 0xffff && groups[5] === 0))
    found.push(v4(groups[6], groups[7]));
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) found.push(v4(groups[6], groups[7]));
  if (groups[0] === 0x2002) found.push(v4(groups[1], groups[2]));
  return found;
}

/**
 * True for any address that is not a public unicast address. An IPv6 address that embeds an IPv4 address is judged
 * by that address too, in whatever notation it is written (`::ffff:7f00:1` is 127.0.0.1); what cannot be read is
 * refused.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const canonical = groups.map((g) => g.toString(16)).join(':');
  if (blocked.check(canonical, 'ipv6')) return true;
  return embeddedIpv4(groups).some((a) => blocked.check(a, 'ipv4'));
}
