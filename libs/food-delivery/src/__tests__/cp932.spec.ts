import { encodeCp932 } from '../cp932';

const decode = (bytes: Buffer): string => new TextDecoder('shift_jis').decode(bytes);

describe('CP932 (Shift_JIS as Windows writes it)', () => {
  it('writes kana, kanji and ASCII in their Shift_JIS bytes', () => {
    expect(encodeCp932('あ').bytes.toString('hex')).toBe('82a0');
    expect(encodeCp932('文京区').bytes.toString('hex')).toBe('95b68b9e8be6');
    expect(encodeCp932('ABC-1').bytes.toString('hex')).toBe('4142432d31');
    expect(encodeCp932('ｱ').bytes.toString('hex')).toBe('b1');
  });

  it("writes Windows' own characters: circled digits, NEC and IBM extensions (髙, 﨑)", () => {
    expect(encodeCp932('①').bytes.toString('hex')).toBe('8740');
    expect(encodeCp932('髙').bytes.toString('hex')).toBe('fbfc');
    expect(encodeCp932('﨑').bytes.toString('hex')).toBe('fab1');
    // ≒ has a JIS X 0208 code and a NEC row 13 one: Windows writes the first.
    expect(encodeCp932('≒').bytes.toString('hex')).toBe('81e0');
  });

  it('writes the wave dash and the minus sign of other systems as the codes Windows reads as ～ and －', () => {
    expect(encodeCp932('〜').bytes.toString('hex')).toBe('8160');
    expect(encodeCp932('～').bytes.toString('hex')).toBe('8160');
    expect(encodeCp932('−').bytes.toString('hex')).toBe('817c');
  });

  it('reads back as written for every character it knows', () => {
    const text = '東京都文京区本郷１−２−３ 〇〇ハイツ１０１号室 髙橋 﨑 ①②';
    const { bytes, replaced } = encodeCp932(text);
    expect(replaced).toBe(0);
    expect(decode(bytes)).toBe(text.replace(/−/g, '－'));
  });

  it('writes a character CP932 lacks as 〓 and counts it', () => {
    const { bytes, replaced } = encodeCp932('𠮷野家😀');
    expect(decode(bytes)).toBe('〓野家〓');
    expect(replaced).toBe(2);
  });
});
