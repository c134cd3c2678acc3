import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** Everything the system reads from its environment, validated once at start-up. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  publicBaseUrl: string;
  /** Set: that PostgreSQL. Unset: the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** The owner role that runs migrations; falls back to databaseUrl. */
  databaseMigrationUrl: string | undefined;
  databasePoolMax: number;
  /** Folder of the embedded database and of generated demo secrets; `memory` keeps everything in memory. */
  dataDir: string;
  jwtSecret: string;
  jwtAccessTtlSeconds: number;
  seedDemo: boolean;
  demoPassword: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Set: logs are appended to this file instead of written to standard output. */
  logFile: string | undefined;
  requestBodyLimit: string;
  /** Largest serialized GraphQL response; a larger one is replaced by an error and its transaction rolled back. */
  graphqlMaxResponseBytes: number;
  jwtRefreshTtlSeconds: number;
  /** `keyId:base64key` pairs; the first encrypts, all decrypt (key rotation). */
  encryptionKeys: EncryptionKey[];
  /** Unset: mails are kept in the dev outbox (never in production). */
  smtpUrl: string | undefined;
  mailFrom: string;
  mfaRequiredForPlatformRoles: boolean;
  authRateLimitPerMinute: number;
  /** Requests a minute per client address to the pages opened from a LINE link without sign-in. */
  publicFormRateLimitPerMinute: number;
  /** Not production and no SMTP: mails go to the dev outbox, which platform admins may read. */
  demoMode: boolean;
  /** This process runs job handlers (webhook processing, ...), not only enqueues jobs. */
  runJobWorkers: boolean;
  /** Unset: LINE's real hosts, or, in the embedded demo, the LINE sandbox it starts. */
  lineApiBaseUrl: string | undefined;
  lineDataApiBaseUrl: string | undefined;
  lineApiTimeoutMs: number;
  /** Largest media content (image, video, audio, file) fetched from LINE and kept; larger ones are not stored. */
  lineMediaMaxBytes: number;
  /** The channel secret of the demo's LINE channels (the simulator signs with it). */
  demoLineChannelSecret: string;
  /** The built web console served at `/`; served only when it holds an `index.html`. */
  consoleDir: string;
  /** The refresh cookie carries `Secure`: in production, or whenever the public URL is https. */
  secureCookies: boolean;
}

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The demo's LINE channel secret unless TSUNAGU_DEMO_LINE_CHANNEL_SECRET says otherwise (demo only). */
export const DEMO_LINE_CHANNEL_SECRET = 'd300c4a7f00d5ec2e7d300c4a7f00d5e';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const MIN_SECRET_LENGTH = 32;

export function isEmbeddedDataDirInMemory(dataDir: string): boolean {
  return dataDir === 'memory';
}

/**
 * Reads and validates the configuration. In production every problem is collected and reported
 * at once, naming each variable; elsewhere secrets that are missing are generated once and kept
 * under TSUNAGU_DATA_DIR so that the embedded demo needs no configuration.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = parseNodeEnv(env['NODE_ENV'], problems);
  const production = nodeEnv === 'production';

  const port = parseInteger('PORT', env['PORT'], 3000, 1, 65535, problems);
  const publicBaseUrl = parseUrl(
    'PUBLIC_BASE_URL',
    env['PUBLIC_BASE_URL'],
    production ? undefined : `http://localhost:${port}`,
    problems,
  );
  const databaseUrl = optionalPostgresUrl('DATABASE_URL', env['DATABASE_URL'], problems);
  const databaseMigrationUrl = optionalPostgresUrl('DATABASE_MIGRATION_URL', env['DATABASE_MIGRATION_URL'], problems);
  if (production && !env['DATABASE_URL']) {
    problems.push('DATABASE_URL is required in production (the embedded database is for demos and development)');
  }
  const databasePoolMax = parseInteger('DATABASE_POOL_MAX', env['DATABASE_POOL_MAX'], 10, 1, 200, problems);
  const dataDirRaw = env['TSUNAGU_DATA_DIR'] || './.data';
  const dataDir = isEmbeddedDataDirInMemory(dataDirRaw)
    ? dataDirRaw
    : isAbsolute(dataDirRaw)
      ? dataDirRaw
      : resolve(process.cwd(), dataDirRaw);
  const jwtAccessTtlSeconds = parseInteger(
    'JWT_ACCESS_TTL_SECONDS',
    env['JWT_ACCESS_TTL_SECONDS'],
    900,
    60,
    86400,
    problems,
  );
  const seedDemo = parseBoolean('SEED_DEMO', env['SEED_DEMO'], false, problems);
  if (production && seedDemo) problems.push('SEED_DEMO must not be set in production');
  const demoPassword = env['TSUNAGU_DEMO_PASSWORD'] || 'tsunagu-demo-2026';
  const logLevelRaw = env['LOG_LEVEL'] || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevelRaw)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevelRaw}")`);
  }
  const requestBodyLimit = env['REQUEST_BODY_LIMIT'] || '1mb';
  if (!/^\d+(kb|mb)$/.test(requestBodyLimit)) {
    problems.push(`REQUEST_BODY_LIMIT must look like 100kb or 1mb (got "${requestBodyLimit}")`);
  }
  const graphqlMaxResponseBytes = parseInteger(
    'GRAPHQL_MAX_RESPONSE_BYTES',
    env['GRAPHQL_MAX_RESPONSE_BYTES'],
    4 * 1024 * 1024,
    1024,
    256 * 1024 * 1024,
    problems,
  );

  const jwtRefreshTtlSeconds = parseInteger(
    'JWT_REFRESH_TTL_SECONDS',
    env['JWT_REFRESH_TTL_SECONDS'],
    14 * 86400,
    300,
    90 * 86400,
    problems,
  );
  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  if (production && !smtpUrl) problems.push('SMTP_URL is required in production (invitations and password resets)');
  const mailFrom = env['MAIL_FROM'] || (production ? '' : 'tsunagu <no-reply@tsunagu.example>');
  if (!mailFrom) problems.push('MAIL_FROM is required in production');
  // The embedded demo (no DATABASE_URL) lets the demo logins in without MFA; anywhere else the default is on.
  const mfaRequiredForPlatformRoles = parseBoolean(
    'MFA_REQUIRED_FOR_PLATFORM_ROLES',
    env['MFA_REQUIRED_FOR_PLATFORM_ROLES'],
    production || Boolean(env['DATABASE_URL']),
    problems,
  );
  const runJobWorkers = parseBoolean('JOB_WORKERS', env['JOB_WORKERS'], true, problems);
  const lineApiBaseUrl = env['LINE_API_BASE_URL']
    ? parseUrl('LINE_API_BASE_URL', env['LINE_API_BASE_URL'], undefined, problems)
    : undefined;
  const lineDataApiBaseUrl = env['LINE_DATA_API_BASE_URL']
    ? parseUrl('LINE_DATA_API_BASE_URL', env['LINE_DATA_API_BASE_URL'], undefined, problems)
    : undefined;
  const demoLineChannelSecret = env['TSUNAGU_DEMO_LINE_CHANNEL_SECRET'] || DEMO_LINE_CHANNEL_SECRET;
  if (!/^[0-9a-f]{32}$/.test(demoLineChannelSecret)) {
    problems.push('TSUNAGU_DEMO_LINE_CHANNEL_SECRET must be 32 hexadecimal characters');
  }
  const lineApiTimeoutMs = parseInteger(
    'LINE_API_TIMEOUT_MS',
    env['LINE_API_TIMEOUT_MS'],
    10_000,
    100,
    60_000,
    problems,
  );
  const lineMediaMaxBytes = parseInteger(
    'LINE_MEDIA_MAX_BYTES',
    env['LINE_MEDIA_MAX_BYTES'],
    20 * 1024 * 1024,
    1,
    1024 * 1024 * 1024,
    problems,
  );
  const authRateLimitPerMinute = parseInteger(
    'AUTH_RATE_LIMIT_PER_MINUTE',
    env['AUTH_RATE_LIMIT_PER_MINUTE'],
    60,
    1,
    1_000_000,
    problems,
  );
  const publicFormRateLimitPerMinute = parseInteger(
    'PUBLIC_FORM_RATE_LIMIT_PER_MINUTE',
    env['PUBLIC_FORM_RATE_LIMIT_PER_MINUTE'],
    60,
    1,
    1_000_000,
    problems,
  );
  let encryptionKeys: EncryptionKey[] = [];
  if (env['TSUNAGU_ENCRYPTION_KEYS']) {
    encryptionKeys = parseEncryptionKeys(env['TSUNAGU_ENCRYPTION_KEYS'], problems);
  } else if (production) {
    problems.push('TSUNAGU_ENCRYPTION_KEYS is required in production (keyId:base64key of 32 bytes)');
  } else {
    encryptionKeys = [{ id: 'demo', key: Buffer.from(generatedSecret(dataDir, 'encryptionKey', 32), 'base64url') }];
  }

  let jwtSecret = env['JWT_SECRET'];
  if (jwtSecret !== undefined && jwtSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  } else if (!jwtSecret) {
    if (production) problems.push('JWT_SECRET is required in production');
    else jwtSecret = generatedSecret(dataDir, 'jwtSecret');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    port,
    publicBaseUrl: publicBaseUrl as string,
    databaseUrl,
    databaseMigrationUrl,
    databasePoolMax,
    dataDir,
    jwtSecret: jwtSecret as string,
    jwtAccessTtlSeconds,
    seedDemo,
    demoPassword,
    logLevel: logLevelRaw as AppConfig['logLevel'],
    logFile: env['LOG_FILE'] || undefined,
    requestBodyLimit,
    graphqlMaxResponseBytes,
    jwtRefreshTtlSeconds,
    encryptionKeys,
    smtpUrl,
    mailFrom,
    mfaRequiredForPlatformRoles,
    authRateLimitPerMinute,
    publicFormRateLimitPerMinute,
    demoMode: !production && !smtpUrl,
    runJobWorkers,
    lineApiBaseUrl,
    lineDataApiBaseUrl,
    lineApiTimeoutMs,
    lineMediaMaxBytes,
    demoLineChannelSecret,
    consoleDir: resolve(process.cwd(), env['CONSOLE_DIR'] || 'dist/apps/console'),
    secureCookies: production || String(publicBaseUrl).startsWith('https:'),
  };
}

/**
 * A secret generated once for this data folder (or this process, in memory) and kept in
 * `<dataDir>/secrets.json`, readable by the owner only.
 */
function generatedSecret(dataDir: string, name: string, bytes = 48): string {
  if (isEmbeddedDataDirInMemory(dataDir)) {
    return (processSecrets[name] ??= randomBytes(bytes).toString('base64url'));
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  const secrets: Record<string, string> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
    : {};
  if (!secrets[name]) {
    secrets[name] = randomBytes(bytes).toString('base64url');
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return secrets[name];
}
const processSecrets: Record<string, string> = {};

/** `k1:BASE64,k0:BASE64`: ids are unique, keys are 32 bytes (AES-256). */
export function parseEncryptionKeys(value: string, problems: string[]): EncryptionKey[] {
  const keys: EncryptionKey[] = [];
  for (const pair of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, encoded] = pair.split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32 || keys.some((k) => k.id === id)) {
      problems.push(
        'TSUNAGU_ENCRYPTION_KEYS must be comma-separated keyId:base64key pairs with unique ids and 32-byte keys',
      );
      return [];
    }
    keys.push({ id, key });
  }
  if (keys.length === 0) problems.push('TSUNAGU_ENCRYPTION_KEYS has no key');
  return keys;
}

function parseNodeEnv(value: string | undefined, problems: string[]): AppConfig['nodeEnv'] {
  const v = value || 'development';
  if (v === 'development' || v === 'production' || v === 'test') return v;
  problems.push(`NODE_ENV must be development, production or test (got "${v}")`);
  return 'development';
}

function parseInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
    return fallback;
  }
  return n;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  problems.push(`${name} must be 1 or 0 (got "${value}")`);
  return fallback;
}

function parseUrl(
  name: string,
  value: string | undefined,
  fallback: string | undefined,
  problems: string[],
): string | undefined {
  const v = value || fallback;
  if (!v) {
    problems.push(`${name} is required in production`);
    return undefined;
  }
  try {
    const url = new URL(v);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return v.replace(/\/+$/, '');
  } catch {
    problems.push(`${name} must be an http(s) URL (got "${v}")`);
    return undefined;
  }
}

function optionalPostgresUrl(name: string, value: string | undefined, problems: string[]): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('protocol');
    return value;
  } catch {
    problems.push(`${name} must be a postgres:// URL`);
    return undefined;
  }
}
