import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The drift check: the console's typed documents are generated from the committed schema and the
// console's own queries; a change to either without `npm run console:codegen` fails here. The
// generator runs in a process of its own: some of GraphQL Codegen's dependencies are ES modules only.
describe('console GraphQL codegen', () => {
  it('matches the committed schema and the console documents', () => {
    const root = join(__dirname, '../../..');
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'generate.ts'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);
});
