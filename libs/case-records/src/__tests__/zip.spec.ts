import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { zip } from '../zip';

describe('the export archive', () => {
  it('opens in another ZIP reader with its Japanese names, texts deflated and media kept byte for byte', async () => {
    const photo = randomBytes(5000);
    const text = Buffer.from('家賃の支払いに困っています。'.repeat(200));
    const archive = zip([
      { name: 'family-record.xlsx', content: Buffer.from('PK-not-really') },
      { name: 'media/001.jpg', content: photo },
      { name: 'media/002_母子手帳.txt', content: text },
      { name: 'media/003_empty.bin', content: Buffer.alloc(0) },
    ]);
    // The repeated text shrinks: it is deflated, the photo is stored.
    expect(archive.length).toBeLessThan(photo.length + text.length);
    const read = await JSZip.loadAsync(archive);
    expect(Object.keys(read.files)).toEqual([
      'family-record.xlsx',
      'media/001.jpg',
      'media/002_母子手帳.txt',
      'media/003_empty.bin',
    ]);
    expect(await read.file('media/001.jpg')!.async('nodebuffer')).toEqual(photo);
    expect(await read.file('media/002_母子手帳.txt')!.async('nodebuffer')).toEqual(text);
    expect((await read.file('media/003_empty.bin')!.async('nodebuffer')).length).toBe(0);
  });
});
