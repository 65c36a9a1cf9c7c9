import { describe, expect, it } from 'vitest';
import { defaultScryptParams, hashPassword, needsRehash, verifyPassword } from './hash-password.js';

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('encodes the scrypt parameters, salt and key with the default cost', async () => {
    const hash = await hashPassword('correct horse battery staple');
    const [scheme, N, r, p, salt, key] = hash.split('$');
    expect(scheme).toBe('scrypt');
    expect([Number(N), Number(r), Number(p)]).toEqual([2 ** 15, 8, 1]);
    expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  });

  it('salts every hash differently', async () => {
    const a = await hashPassword('same password', cheap);
    const b = await hashPassword('same password', cheap);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('verifies with the parameters stored in the hash, and flags weaker ones for rehashing', async () => {
    const old = await hashPassword('pässwörd', cheap);
    expect(old.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('pässwörd', old)).toBe(true);
    expect(await verifyPassword('pa\u0308sswo\u0308rd', old)).toBe(true); // the same text, decomposed
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('x', defaultScryptParams))).toBe(false);
  });

  it.each([
    ['an empty string', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['a cost that is not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['a cost too large to compute', `scrypt$${2 ** 24}$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5`],
    ['a missing key', 'scrypt$1024$8$1$c2FsdHNhbHQ$'],
  ])('refuses %s as a stored hash', async (_name, stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });
});
