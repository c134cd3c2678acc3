import { KintoneCsvError } from './errors';

/**
 * The encodings kintone writes its exports in ("ファイルの共通仕様"): UTF-8 with or without BOM,
 * and Shift-JIS, which kintone means as Windows' CP932 (NEC and IBM extensions, ～ as U+FF5E).
 * Decoded with Node's own TextDecoder: this Node is built with full ICU, whose `shift_jis` is the
 * WHATWG Shift_JIS decoder, i.e. CP932 — no dependency needed.
 */
export type KintoneEncoding = 'utf-8' | 'shift_jis';

const ENCODING_NAMES: Record<string, KintoneEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-8-bom': 'utf-8',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  ms932: 'shift_jis',
  'windows-31j': 'shift_jis',
};

/** The encoding a user named (case-insensitive, the usual aliases), or a typed error. */
export function kintoneEncoding(name: string): KintoneEncoding {
  const encoding = ENCODING_NAMES[name.trim().toLowerCase()];
  if (!encoding) {
    throw new KintoneCsvError(
      'ENCODING_UNSUPPORTED',
      `文字コード「${name}」には対応していません。kintoneの書き出しはUTF-8かShift_JIS（CP932）です`,
    );
  }
  return encoding;
}

/** Detection reads until this much follows the first non-ASCII byte (or the file ends)… */
const SAMPLE_AFTER_NON_ASCII = 64 * 1024;
/** …and gives up waiting for a non-ASCII byte after this much: pure ASCII so far reads as UTF-8. */
const SAMPLE_MAX = 1024 * 1024;

export interface DecodedText {
  encoding: KintoneEncoding;
  /** The decoded text, chunk by chunk, without the BOM. */
  text: AsyncGenerator<string>;
}

function fits(encoding: KintoneEncoding, sample: Uint8Array): boolean {
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}

/**
 * Decodes a byte stream as a kintone export: the given encoding, else UTF-8 when the file starts
 * with a BOM or its sample is valid UTF-8, else Shift_JIS when the sample is valid Shift_JIS, else
 * ENCODING_UNDETECTED. Decoding is fatal: a byte sequence invalid later in the file is an error
 * naming its line, never a silent U+FFFD.
 */
export async function decodeKintoneBytes(
  input: AsyncIterable<Uint8Array | string>,
  encodingOption?: string,
): Promise<DecodedText> {
  const iterator = input[Symbol.asyncIterator]();
  const sample: Buffer[] = [];
  let sampled = 0;
  let done = false;
  let nonAsciiAt = -1;
  const given = encodingOption === undefined ? undefined : kintoneEncoding(encodingOption);
  // Read enough to decide (with an explicit encoding, just the first chunk).
  while (!done) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value);
    if (nonAsciiAt < 0) {
      const at = firstNonAscii(chunk);
      if (at >= 0) nonAsciiAt = sampled + at;
    }
    sample.push(chunk);
    sampled += chunk.length;
    if (given) break;
    if (nonAsciiAt >= 0 && sampled - nonAsciiAt >= SAMPLE_AFTER_NON_ASCII) break;
    if (sampled >= SAMPLE_MAX) break;
  }
  const head = Buffer.concat(sample);
  const bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  let encoding: KintoneEncoding;
  if (given) encoding = given;
  else if (bom || fits('utf-8', head)) encoding = 'utf-8';
  else if (fits('shift_jis', head)) encoding = 'shift_jis';
  else {
    throw new KintoneCsvError(
      'ENCODING_UNDETECTED',
      'ファイルがUTF-8でもShift_JIS（CP932）でもありません。文字コードを指定してください',
    );
  }

  async function* text(): AsyncGenerator<string> {
    // The UTF-8 decoder drops a leading BOM itself (ignoreBOM is false by default).
    const decoder = new TextDecoder(encoding, { fatal: true });
    let lines = 1;
    const decode = (bytes: Uint8Array | undefined): string => {
      try {
        const out = bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
        for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n', i + 1)) lines++;
        return out;
      } catch {
        // The line of the first undecodable byte: this chunk decoded leniently, up to its first U+FFFD.
        if (bytes !== undefined) {
          const lenient = new TextDecoder(encoding).decode(bytes);
          const bad = lenient.indexOf('\uFFFD');
          for (let i = lenient.indexOf('\n'); i >= 0 && i < bad; i = lenient.indexOf('\n', i + 1)) lines++;
        }
        throw new KintoneCsvError(
          'INVALID_BYTES',
          `${encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS（CP932）'}として読めないバイトがあります。ファイルの文字コードを指定してください`,
          lines,
        );
      }
    };
    const first = decode(head);
    if (first) yield first;
    while (!done) {
      const next = await iterator.next();
      if (next.done) break;
      const out = decode(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
      if (out) yield out;
    }
    const rest = decode(undefined);
    if (rest) yield rest;
  }
  return { encoding, text: text() };
}
