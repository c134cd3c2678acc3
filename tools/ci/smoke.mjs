// Smoke test of the quick start: `npm start` on a fresh embedded database must come up with the
// demo tenants, answer a login and a tenant query, and stop cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-smoke-'));
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, PORT: String(port), TSUNAGU_DATA_DIR: dataDir };
delete env.DATABASE_URL;
delete env.DATABASE_MIGRATION_URL;

const app = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let output = '';
app.stdout.on('data', (chunk) => (output += chunk));
app.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) => app.on('exit', (code, signal) => resolve({ code, signal })));

function fail(message) {
  console.error(`smoke test failed: ${message}\n--- npm start output ---\n${output.slice(-4000)}`);
  try {
    process.kill(-app.pid, 'SIGKILL');
  } catch {}
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

async function graphql(query, variables, headers = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const deadline = Date.now() + 180_000;
for (;;) {
  if (Date.now() > deadline) fail('the API did not become ready within 180 s');
  try {
    const res = await fetch(`${base}/health/ready`);
    if (res.ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 1000));
}
console.log(`ready on ${base}`);

const login = await graphql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
  input: { email: 'counselor@kobe.tsunagu.example', password: 'tsunagu-demo-2026' },
});
const token = login.data?.login?.accessToken;
if (!token) fail(`demo login refused: ${JSON.stringify(login)}`);

const me = await graphql(
  '{ me { email memberships { role tenant { slug } } } tenant { slug nameJa status } }',
  {},
  { authorization: `Bearer ${token}`, 'x-tenant': 'kobe' },
);
if (me.data?.tenant?.nameJa !== '神戸市' || me.data?.me?.memberships?.[0]?.role !== 'COUNSELOR') {
  fail(`unexpected answer: ${JSON.stringify(me)}`);
}
console.log(`logged in as ${me.data.me.email}, tenant ${me.data.tenant.nameJa} (${me.data.tenant.status})`);

const admin = await graphql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
  input: { email: 'platform@tsunagu.example', password: 'tsunagu-demo-2026' },
});
const tenants = await graphql(
  '{ tenants { slug } }',
  {},
  { authorization: `Bearer ${admin.data?.login?.accessToken}` },
);
const slugs = (tenants.data?.tenants ?? []).map((t) => t.slug).sort();
if (slugs.join() !== 'bunkyo,kobe,yamagata') fail(`demo tenants: ${JSON.stringify(tenants)}`);
console.log(`demo tenants: ${slugs.join(', ')}`);

// A family's message reaches the inbox: channel, signed webhook, job queue, conversation.
const { createHmac, randomInt } = await import('node:crypto');
const adminLogin = await graphql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
  input: { email: 'admin@kobe.tsunagu.example', password: 'tsunagu-demo-2026' },
});
const channelSecret = Array.from({ length: 32 }, () => '0123456789abcdef'[randomInt(16)]).join('');
const lineChannelId = String(randomInt(1e9, 2e9));
const channel = await graphql(
  'mutation($input: CreateLineChannelInput!) { createLineChannel(input: $input) { id } }',
  { input: { name: 'smoke', lineChannelId, channelSecret, channelAccessToken: `smoke-token-${channelSecret}` } },
  { authorization: `Bearer ${adminLogin.data?.login?.accessToken}` },
);
if (!channel.data?.createLineChannel) fail(`createLineChannel: ${JSON.stringify(channel)}`);
const body = JSON.stringify({
  destination: 'U0',
  events: [
    {
      type: 'message',
      mode: 'active',
      timestamp: Date.now(),
      source: { type: 'user', userId: `Usmoke${randomInt(1e9)}` },
      webhookEventId: `01SMOKE${randomInt(1e9)}`,
      deliveryContext: { isRedelivery: false },
      replyToken: 'r',
      message: { id: String(randomInt(1e12, 2e12)), type: 'text', quoteToken: 'q', text: 'スモークテストの相談' },
    },
  ],
});
const webhook = await fetch(`${base}/webhooks/line/${lineChannelId}`, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'x-line-signature': createHmac('sha256', channelSecret).update(body).digest('base64'),
  },
  body,
});
if (webhook.status !== 200) fail(`webhook answered ${webhook.status}`);
const inboxDeadline = Date.now() + 20_000;
for (;;) {
  const inbox = await graphql(
    '{ conversations(first: 5, filter: { search: "スモーク" }) { edges { node { lastMessage { text } } } } }',
    {},
    { authorization: `Bearer ${token}`, 'x-tenant': 'kobe' },
  );
  if (inbox.data?.conversations?.edges?.length) break;
  if (Date.now() > inboxDeadline) fail(`the message did not reach the inbox: ${JSON.stringify(inbox)}`);
  await new Promise((r) => setTimeout(r, 250));
}
console.log('a signed webhook message reached the inbox');

// The logs carry requests, never tokens or what was sent in them.
for (const secret of [token, admin.data?.login?.accessToken, 'LoginInput', '"password"', 'スモークテスト']) {
  if (secret && output.includes(secret)) fail(`the output contains ${secret.slice(0, 12)}…`);
}
if (!output.includes('"path":"/graphql"')) fail('the request log is missing');
console.log('logs carry no token, password or request body');

process.kill(-app.pid, 'SIGTERM');
const timeout = setTimeout(() => fail('npm start did not stop within 30 s of SIGTERM'), 30_000);
const { code, signal } = await exited;
clearTimeout(timeout);
if (!output.includes('SIGTERM: stopping'))
  fail(`the API did not shut down on SIGTERM (code ${code}, signal ${signal})`);
rmSync(dataDir, { recursive: true, force: true });
console.log('stopped cleanly on SIGTERM');
