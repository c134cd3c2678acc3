import { csvField, csvRecord, toCsv } from '../csv';

describe('CSV writer', () => {
  it('starts with the UTF-8 byte order mark and ends every record with CRLF', () => {
    const file = toCsv(['日時', '操作'], [['2026-11-27', 'login']]);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.subarray(3).toString('utf8')).toBe('日時,操作\r\n2026-11-27,login\r\n');
  });

  it('can leave the byte order mark out', () => {
    expect(toCsv(['a'], [], { bom: false }).toString('utf8')).toBe('a\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvRecord(['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain'])).toBe(
      '"a,b","say ""hi""","two\nlines","cr\rhere",plain',
    );
    expect(csvField('{"fields":"nameEn,timezone"}')).toBe('"{""fields"":""nameEn,timezone""}"');
  });

  it('writes empty fields for null and undefined, ISO 8601 for dates, text for numbers', () => {
    expect(csvRecord([null, undefined, new Date('2026-04-01T00:00:00.000Z'), 42, 10n, false])).toBe(
      ',,2026-04-01T00:00:00.000Z,42,10,false',
    );
  });

  it('keeps Japanese text as it is', () => {
    expect(csvField('神戸市 こども宅食')).toBe('神戸市 こども宅食');
  });

  it('neutralises text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvRecord(['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', -1])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-1,'@SUM(A1),-1`,
    );
    expect(csvField('=1+1', { neutralizeFormulas: false })).toBe('=1+1');
  });
});
