/**
 * `npm run bench -- console`: the console's first load, what a browser fetches for a route before it
 * can show it: index.html, the entry script and every module it imports statically, and the style
 * sheet, gzip-compressed (as a proxy or the API's compression would send them). The login and inbox
 * routes need no lazy chunk (the account and MFA setup pages are loaded when opened). Fonts are
 * excluded: a page fetches only the Noto Sans JP subsets its characters need, after it shows.
 * Target: under 300 KB of JavaScript per route. Builds the console first when it is not built.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(__dirname, '../../dist/apps/console');
const TARGET_JS_BYTES = 300 * 1024;

const gzipped = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** A chunk and the chunks it imports statically (`import … from "./x.js"`), transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, 'assets', file), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
    staticClosure(match[1] as string, seen);
  }
  return seen;
}

export async function consoleBench(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) execSync('npx nx run console:build', { stdio: 'inherit' });
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /src="\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
  const css = [...html.matchAll(/href="\/assets\/([\w.-]+\.css)"/g)].map((m) => m[1] as string);
  if (!entry) throw new Error('no entry script in index.html');
  const first = [...staticClosure(entry)];
  const js = first.reduce((sum, file) => sum + gzipped(join(DIST, 'assets', file)), 0);
  const styles = css.reduce((sum, file) => sum + gzipped(join(DIST, 'assets', file)), 0);
  const page = gzipped(join(DIST, 'index.html'));
  const lazy = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js') && !first.includes(f));
  console.log('console first load (gzip), the same for /login and /kobe/inbox:');
  console.log(
    `  JavaScript  ${kb(js)} in ${first.length} file(s)   target < ${kb(TARGET_JS_BYTES)}  ${js < TARGET_JS_BYTES ? 'OK' : 'OVER'}`,
  );
  console.log(`  CSS         ${kb(styles)}`);
  console.log(`  index.html  ${kb(page)}`);
  console.log(`  total       ${kb(js + styles + page)}`);
  console.log('loaded later, when their page opens:');
  for (const file of lazy) console.log(`  ${file.padEnd(36)} ${kb(gzipped(join(DIST, 'assets', file)))}`);
  if (js >= TARGET_JS_BYTES) process.exitCode = 1;
}
