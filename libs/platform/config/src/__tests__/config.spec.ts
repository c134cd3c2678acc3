import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://tsunagu@db:5432/tsunagu',
  JWT_SECRET: 'x'.repeat(48),
  PUBLIC_BASE_URL: 'https://tsunagu.example.jp',
  SMTP_URL: 'smtp://mail.example.jp:587',
  MAIL_FROM: 'tsunagu <no-reply@tsunagu.example.jp>',
  TSUNAGU_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('accepts a complete production configuration', () => {
    const config = loadConfig(production);
    expect(config).toMatchObject({ nodeEnv: 'production', port: 3000, publicBaseUrl: 'https://tsunagu.example.jp' });
  });

  it.each(['DATABASE_URL', 'JWT_SECRET', 'PUBLIC_BASE_URL', 'SMTP_URL', 'MAIL_FROM', 'TSUNAGU_ENCRYPTION_KEYS'])(
    'stops production without %s, naming it',
    (name) => {
      const env: Record<string, string> = { ...production };
      delete env[name];
      expect(problemsOf(env).join('\n')).toContain(name);
    },
  );

  it('names every wrong variable at once', () => {
    const problems = problemsOf({
      ...production,
      PORT: 'eighty',
      JWT_SECRET: 'short',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
    });
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL', 'PORT']);
  });

  it('refuses to seed the demo in production', () => {
    expect(problemsOf({ ...production, SEED_DEMO: '1' }).join()).toContain('SEED_DEMO');
  });

  it('generates the demo secret once per data folder and keeps it private', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-config-'));
    const first = loadConfig({ TSUNAGU_DATA_DIR: dataDir });
    const second = loadConfig({ TSUNAGU_DATA_DIR: dataDir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    const file = join(dataDir, 'secrets.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ jwtSecret: first.jwtSecret });
    expect(second.encryptionKeys[0].key.equals(first.encryptionKeys[0].key)).toBe(true);
    expect(first.encryptionKeys[0].key).toHaveLength(32);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('refuses encryption keys of the wrong size or with repeated ids', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(problemsOf({ ...production, TSUNAGU_ENCRYPTION_KEYS: 'k1:c2hvcnQ=' }).join()).toContain(
      'TSUNAGU_ENCRYPTION_KEYS',
    );
    expect(problemsOf({ ...production, TSUNAGU_ENCRYPTION_KEYS: `k1:${key},k1:${key}` }).join()).toContain(
      'TSUNAGU_ENCRYPTION_KEYS',
    );
    expect(
      loadConfig({ ...production, TSUNAGU_ENCRYPTION_KEYS: `k2:${key},k1:${key}` }).encryptionKeys.map((k) => k.id),
    ).toEqual(['k2', 'k1']);
  });

  it('requires MFA for platform roles except in the embedded demo', () => {
    expect(loadConfig(production).mfaRequiredForPlatformRoles).toBe(true);
    expect(loadConfig({ TSUNAGU_DATA_DIR: 'memory' }).mfaRequiredForPlatformRoles).toBe(false);
    expect(
      loadConfig({ TSUNAGU_DATA_DIR: 'memory', DATABASE_URL: 'postgres://x@db/t' }).mfaRequiredForPlatformRoles,
    ).toBe(true);
  });

  it('derives PUBLIC_BASE_URL from PORT outside production', () => {
    expect(loadConfig({ TSUNAGU_DATA_DIR: 'memory', PORT: '4100' }).publicBaseUrl).toBe('http://localhost:4100');
  });
});
