import { randomBytes } from 'node:crypto';
import { Keyring, constantTimeEqual, randomToken, sha256Hex } from '../crypto';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('Keyring', () => {
  it('opens what it sealed, and never produces the same ciphertext twice', () => {
    const keyring = new Keyring([key('k1')]);
    const a = keyring.seal('JBSWY3DPEHPK3PXP', 'mfa-secret:user-1');
    const b = keyring.seal('JBSWY3DPEHPK3PXP', 'mfa-secret:user-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(keyring.openText(a, 'mfa-secret:user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('never uses an IV twice, across the refills of its pool of random bytes', () => {
    const keyring = new Keyring([key('k1')]);
    const ivs = Array.from({ length: 1000 }, (_, i) =>
      i % 2
        ? keyring.seal('x', 'ctx').split('.')[2]
        : keyring.sealBytes(Buffer.from('x'), 'ctx').subarray(4, 16).toString('base64url'),
    );
    expect(new Set(ivs).size).toBe(1000);
  });

  it('refuses a value opened for another purpose or tampered with', () => {
    const keyring = new Keyring([key('k1')]);
    const sealed = keyring.seal('secret', 'mfa-secret:user-1');
    expect(() => keyring.open(sealed, 'mfa-secret:user-2')).toThrow();
    const parts = sealed.split('.');
    parts[4] = Buffer.from('xxxxxx').toString('base64url');
    expect(() => keyring.open(parts.join('.'), 'mfa-secret:user-1')).toThrow();
  });

  it('rotates: a new first key encrypts, the old one still decrypts', () => {
    const old = key('k1');
    const sealed = new Keyring([old]).seal('secret', 'ctx');
    const rotated = new Keyring([key('k2'), old]);
    expect(rotated.openText(sealed, 'ctx')).toBe('secret');
    expect(rotated.seal('secret', 'ctx').split('.')[1]).toBe('k2');
    expect(() => new Keyring([key('k3')]).open(sealed, 'ctx')).toThrow(/unknown key/);
  });
});

describe('Keyring bytes', () => {
  const image = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('家族の写真'), randomBytes(64)]);

  it('opens what it sealed, hides the plaintext and authenticates the context', () => {
    const keyring = new Keyring([key('k1')]);
    const sealed = keyring.sealBytes(image, 'message-media:1');
    expect(sealed.includes(image)).toBe(false);
    expect(sealed.includes(Buffer.from('家族の写真'))).toBe(false);
    expect(keyring.sealBytes(image, 'message-media:1').equals(sealed)).toBe(false);
    expect(keyring.openBytes(sealed, 'message-media:1').equals(image)).toBe(true);
    expect(() => keyring.openBytes(sealed, 'message-media:2')).toThrow();
  });

  it('refuses a tampered value, and rotates like text', () => {
    const old = key('k1');
    const sealed = new Keyring([old]).sealBytes(image, 'ctx');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => new Keyring([old]).openBytes(tampered, 'ctx')).toThrow();
    expect(new Keyring([key('k2'), old]).openBytes(sealed, 'ctx').equals(image)).toBe(true);
    expect(() => new Keyring([key('k3')]).openBytes(sealed, 'ctx')).toThrow(/unknown key/);
    expect(() => new Keyring([old]).openBytes(Buffer.alloc(0), 'ctx')).toThrow(/unknown key/);
  });
});

describe('tokens', () => {
  it('are random, URL-safe and stored as SHA-256', () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
    expect(sha256Hex(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(constantTimeEqual(token, token)).toBe(true);
    expect(constantTimeEqual(token, randomToken())).toBe(false);
  });
});
