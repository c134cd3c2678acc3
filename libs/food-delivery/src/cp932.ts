/**
 * Text to Shift_JIS as Windows writes it (CP932, Windows-31J), without a dependency: the table is
 * the reverse of the platform's own `shift_jis` decoder (ICU's Windows-31J mapping), built once.
 *
 * Where CP932 has two codes for one character (NEC-selected IBM extensions at 0xED/0xEE and IBM
 * extensions at 0xFA-0xFC; NEC row 13 and JIS X 0208 for ≒, ≡, ∫, ...) the encoder writes the one
 * Windows writes: JIS X 0208 before NEC row 13, IBM extensions before NEC-selected ones (as the
 * WHATWG Encoding Standard's Shift_JIS encoder does). The Unicode forms other systems give some
 * characters (U+301C WAVE DASH for ～, U+2212 MINUS SIGN for －, ...) are written as the same code.
 * A character CP932 lacks (𠮷, emoji) becomes 〓 (the geta mark Japanese systems print for it) and is counted.
 */

const GETA = 0x81ac;

/** Unicode forms of CP932 characters that the decoder gives in their Windows form. */
const ALIASES: Record<string, string> = {
  '\u301C': '\uFF5E', // 〜 WAVE DASH → ～
  '\u2016': '\u2225', // ‖ DOUBLE VERTICAL LINE → ∥
  '\u2212': '\uFF0D', // − MINUS SIGN → －
  '\u00A2': '\uFFE0', // ¢
  '\u00A3': '\uFFE1', // £
  '\u00AC': '\uFFE2', // ¬
  '\u2014': '\u2015', // — EM DASH → ―
};

let table: Map<number, number> | null = null;

function buildTable(): Map<number, number> {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const map = new Map<number, number>();
  for (let b = 0; b <= 0x7f; b++) map.set(b, b);
  for (let b = 0xa1; b <= 0xdf; b++) map.set(0xff61 + (b - 0xa1), b);
  const leads = [...range(0x81, 0x9f), ...range(0xe0, 0xfc)];
  for (const lead of leads) {
    // NEC-selected IBM extensions (duplicates of 0xFA-0xFC) and the user-defined area are never written.
    if (lead === 0xed || lead === 0xee || (lead >= 0xf0 && lead <= 0xf9)) continue;
    for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) {
      let text: string;
      try {
        text = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      const code = text.codePointAt(0);
      if (text.length !== 1 || code === undefined || code === 0xfffd) continue;
      if (!map.has(code)) map.set(code, (lead << 8) | trail);
    }
  }
  for (const [from, to] of Object.entries(ALIASES)) {
    const target = map.get(to.codePointAt(0) as number);
    const source = from.codePointAt(0) as number;
    if (target !== undefined && !map.has(source)) map.set(source, target);
  }
  return map;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export interface Cp932Text {
  bytes: Buffer;
  /** How many characters CP932 lacks, written as 〓. */
  replaced: number;
}

export function encodeCp932(text: string): Cp932Text {
  table ??= buildTable();
  const out: number[] = [];
  let replaced = 0;
  for (const char of text) {
    const code = table.get(char.codePointAt(0) as number);
    const written = code ?? GETA;
    if (code === undefined) replaced++;
    if (written > 0xff) out.push(written >> 8, written & 0xff);
    else out.push(written);
  }
  return { bytes: Buffer.from(out), replaced };
}
