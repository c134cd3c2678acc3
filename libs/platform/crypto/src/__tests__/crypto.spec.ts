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
