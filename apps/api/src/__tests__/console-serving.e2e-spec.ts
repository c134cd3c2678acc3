import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from './support/test-app';

describe('serving the web console at /', () => {
  let dir: string;
  let served: TestApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsunagu-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
    served = await TestApp.start({ CONSOLE_DIR: dir });
  });

  afterAll(async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html, never cached, with a CSP that allows no inline script, for the console routes', async () => {
    for (const path of ['/', '/kobe/inbox', '/accept-invitation?token=abc', '/inbox/conversations/1']) {
      const res = await served.http().get(path).set('accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>console</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('caches hashed assets for a year, and answers 404 for a missing file', async () => {
    const asset = await served.http().get('/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await served.http().get('/assets/gone-XyZ.js')).status).toBe(404);
  });

  it("answers only a browser's navigation with the page, not an API client's GET of an unknown route", async () => {
    expect((await served.http().get('/kobe/inbox').set('accept', 'application/json')).status).toBe(404);
  });

  it("never shadows the API's own paths", async () => {
    const graphqlGet = await served.http().get('/graphql').set('accept', 'text/html');
    expect(graphqlGet.text).not.toContain('<title>console</title>');
    const health = await served.http().get('/health/live').set('accept', 'text/html');
    expect(health.body).toEqual({ status: 'ok' });
    for (const path of ['/downloads/abc', '/media/abc', '/webhooks/line/123']) {
      const res = await served.http().get(path).set('accept', 'text/html');
      expect(res.text).not.toContain('<title>console</title>');
    }
  });
});
