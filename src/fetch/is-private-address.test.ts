import { describe, expect, it } from 'vitest';
import { embeddedIpv4, ipv6Groups, isPrivateAddress } from './is-private-address.js';

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['0:0:0:0:0:0:0:1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['fd00::1', true],
    ['fec0::1', true],
    ['ff02::1', true],
    ['2606:4700:4700::1111', false],
    ['2a00:1450:4001:81c::200e', false],
    // IPv4-mapped, in dotted and in hex notation (the URL parser writes [::ffff:127.0.0.1] as [::ffff:7f00:1])
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::FFFF:A9FE:A9FE', true],
    ['0:0:0:0:0:ffff:c0a8:101', true],
    ['::ffff:8.8.8.8', false],
    ['::ffff:808:808', false],
    // IPv4-translated (::ffff:0:0/96)
    ['::ffff:0:7f00:1', true],
    ['::ffff:0:127.0.0.1', true],
    ['::ffff:0:a00:1', true],
    ['::ffff:0:808:808', false],
    // IPv4-compatible (::/96, deprecated): refused whatever it embeds
    ['::7f00:1', true],
    ['::127.0.0.1', true],
    ['::a9fe:a9fe', true],
    ['::808:808', true],
    // NAT64 well-known prefix: judged by the IPv4 address it translates to; the local-use prefix is refused
    ['64:ff9b::7f00:1', true],
    ['64:ff9b::10.0.0.1', true],
    ['64:ff9b::a9fe:a9fe', true],
    ['64:ff9b::808:808', false],
    ['64:ff9b:1::808:808', true],
    // 6to4: the IPv4 address sits in the second and third groups
    ['2002:7f00:1::1', true],
    ['2002:c0a8:101::', true],
    ['2002:a9fe:a9fe::1', true],
    ['2002:808:808::1', false],
    // Teredo, discard-only, ORCHID
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', true],
    ['100::1', true],
    ['2001:10::1', true],
    ['not-an-ip', true],
    ['', true],
    ['1::2::3', true],
  ])('%s -> %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('ipv6Groups', () => {
  it.each([
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['1:2:3:4:5:6:7', null],
    ['1:2:3:4:5:6:7:8::', null],
    ['::1.2.3.256', null],
    ['12345::', null],
  ])('%s', (address, groups) => {
    expect(ipv6Groups(address)).toEqual(groups);
  });

  it('finds the IPv4 address in each embedding form', () => {
    expect(embeddedIpv4(ipv6Groups('2002:c0a8:101::') ?? [])).toEqual(['192.168.1.1']);
    expect(embeddedIpv4(ipv6Groups('64:ff9b::c0a8:101') ?? [])).toEqual(['192.168.1.1']);
    expect(embeddedIpv4(ipv6Groups('::ffff:0:c0a8:101') ?? [])).toEqual(['192.168.1.1']);
  });
});
