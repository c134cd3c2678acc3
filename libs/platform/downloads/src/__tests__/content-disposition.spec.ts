import { contentDisposition } from '../content-disposition';

describe('contentDisposition', () => {
  it('carries a Japanese file name in RFC 5987 form, with an ASCII fallback', () => {
    expect(contentDisposition('attachment', "診断書 (1)'s.pdf")).toBe(
      `attachment; filename="___ (1)'s.pdf"; filename*=UTF-8''%E8%A8%BA%E6%96%AD%E6%9B%B8%20%281%29%27s.pdf`,
    );
  });

  it('keeps quotes and backslashes out of the quoted fallback', () => {
    expect(contentDisposition('attachment', 'a"b\\c.txt')).toMatch(/^attachment; filename="a_b_c.txt"; /);
  });

  it('is the bare type without a file name', () => {
    expect(contentDisposition('inline')).toBe('inline');
    expect(contentDisposition('attachment', null)).toBe('attachment');
  });
});
