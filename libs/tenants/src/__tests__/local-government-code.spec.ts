import { isValidLocalGovernmentCode, isValidTimeZone } from '../local-government-code';

describe('isValidLocalGovernmentCode', () => {
  it.each([
    ['281000', '神戸市'],
    ['062014', '山形市'],
    ['131059', '文京区'],
    ['011002', '札幌市'],
    ['130001', '東京都'],
    ['271004', '大阪市'],
  ])('accepts %s (%s)', (code) => {
    expect(isValidLocalGovernmentCode(code)).toBe(true);
  });

  it.each(['281001', '062015', '13105', '1310590', '28100a', ''])('refuses %p', (code) => {
    expect(isValidLocalGovernmentCode(code)).toBe(false);
  });

  it('accepts exactly one check digit for each five-digit body', () => {
    for (const body of ['28100', '06201', '01101', '47201']) {
      const valid = Array.from({ length: 10 }, (_, d) => `${body}${d}`).filter(isValidLocalGovernmentCode);
      expect(valid).toHaveLength(1);
    }
  });
});

describe('isValidTimeZone', () => {
  it('knows Asia/Tokyo and refuses an invented zone', () => {
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true);
    expect(isValidTimeZone('Asia/Atlantis')).toBe(false);
  });
});
