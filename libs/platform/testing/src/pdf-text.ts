import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The text of a PDF, extracted by pdf-parse (pdf.js) in a Node process of its own: pdf.js starts its
 * worker with a dynamic import of an ES module, which Jest's CommonJS sandbox cannot run.
 */
export function pdfText(pdf: Buffer): string {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
      const parser = new PDFParse({ data: Buffer.concat(chunks) });
      const { text } = await parser.getText();
      await parser.destroy();
      process.stdout.write(text);
    });`;
  return execFileSync(process.execPath, ['-e', script], {
    input: pdf,
    cwd: join(__dirname, '../../../..'),
    encoding: 'utf8',
  });
}
