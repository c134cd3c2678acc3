import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

/** The standalone app, as `npm run line:sandbox` runs it, on a free port. */
function startApp(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'apps/line-sandbox/src/main.ts'],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function until<T>(read: () => T | undefined, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

describe('the standalone LINE sandbox app', () => {
  it('logs its URL, answers as LINE would, and stops on SIGTERM', async () => {
    const { child, output } = startApp({ LINE_SANDBOX_PORT: '0', LINE_SANDBOX_HOST: '127.0.0.1' });
    try {
      const url = await until(() => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1]);
      const quota = await fetch(`${url}/v2/bot/message/quota`, { headers: { authorization: 'Bearer t' } });
      expect(quota.status).toBe(200);
      expect(await quota.json()).toEqual({ type: 'none' });
      const push = await fetch(`${url}/v2/bot/message/push`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: JSON.stringify({ to: 'not-a-user', messages: [{ type: 'text' }] }),
      });
      expect(push.status).toBe(400);
      expect(output()).toContain(`LINE_API_BASE_URL=${url} LINE_DATA_API_BASE_URL=${url}`);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
  }, 30_000);

  it('refuses a port that is not one', async () => {
    const { child, output } = startApp({ LINE_SANDBOX_PORT: 'http' });
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('LINE_SANDBOX_PORT must be a port number');
  }, 30_000);
});
