import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EncryptionKey } from '@tsunagu/platform/config';

const VERSION = 'v1';
/** First byte of a binary sealed value (`sealBytes`). */
const BYTES_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a keyring: the first key encrypts, every key decrypts, so keys rotate by
 * prepending a new one. A sealed value names its key: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url).
 * `context` is authenticated (not stored): a value sealed for one purpose does not open for another.
 */
export class Keyring {
  /** Random bytes drawn ahead, each used once as (part of) an IV: see `nextIv`. */
  private ivPool: Buffer = Buffer.alloc(0);
  private ivPoolOffset = 0;

  constructor(private readonly keys: EncryptionKey[]) {
    if (keys.length === 0) throw new Error('The keyring has no key');
  }

  /**
   * A fresh random IV. The CSPRNG is asked for 256 IVs at a time, as Node's own `randomUUID` buffers
   * its entropy: one call per IV cost a measurable share of the webhook (ten seals per delivery).
   * Every byte is used once; GCM needs IVs never repeated under a key, not drawn one by one.
   */
  private nextIv(): Buffer {
    if (this.ivPoolOffset + IV_BYTES > this.ivPool.length) {
      this.ivPool = randomBytes(IV_BYTES * 256);
      this.ivPoolOffset = 0;
    }
    const iv = this.ivPool.subarray(this.ivPoolOffset, this.ivPoolOffset + IV_BYTES);
    this.ivPoolOffset += IV_BYTES;
    return iv;
  }

  seal(plaintext: string | Buffer, context: string): string {
    const { id, key } = this.keys[0];
    const iv = this.nextIv();
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return [
      VERSION,
      id,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ciphertext.toString('base64url'),
    ].join('.');
  }

  open(sealed: string, context: string): Buffer {
    const [version, id, iv, tag, ciphertext] = sealed.split('.');
    const key = this.keys.find((k) => k.id === id)?.key;
    if (version !== VERSION || !key || !iv || !tag || ciphertext === undefined) {
      throw new Error('The value was sealed with an unknown key or format');
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
  }

  openText(sealed: string, context: string): string {
    return this.open(sealed, context).toString('utf8');
  }

  /**
   * The binary form, for large values kept in `bytea` (media): no base64 growth. Layout:
   * version (1 byte), key id length (1 byte), key id, iv (12), tag (16), ciphertext.
   */
  sealBytes(plaintext: Buffer, context: string): Buffer {
    const { id, key } = this.keys[0];
    const keyId = Buffer.from(id, 'utf8');
    const iv = this.nextIv();
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([Buffer.from([BYTES_VERSION, keyId.length]), keyId, iv, cipher.getAuthTag(), ciphertext]);
  }

  openBytes(sealed: Buffer, context: string): Buffer {
    const idLength = sealed[1] ?? 0;
    const ivAt = 2 + idLength;
    const tagAt = ivAt + IV_BYTES;
    const ciphertextAt = tagAt + TAG_BYTES;
    const id = sealed.subarray(2, ivAt).toString('utf8');
    const key = this.keys.find((k) => k.id === id)?.key;
    if (sealed[0] !== BYTES_VERSION || !key || sealed.length < ciphertextAt) {
      throw new Error('The value was sealed with an unknown key or format');
    }
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(ivAt, tagAt));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.subarray(tagAt, ciphertextAt));
    return Buffer.concat([decipher.update(sealed.subarray(ciphertextAt)), decipher.final()]);
  }
}

/** A random, URL-safe secret token (256 bits by default). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** How tokens are stored: only their SHA-256, so a database dump opens no account. */
export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
