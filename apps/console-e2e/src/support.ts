import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { authenticator } from 'otplib';
import { baseURL } from '../playwright.config';

export const DEMO_PASSWORD = 'tsunagu-demo-2026';

/** A GraphQL call as an API client (not the browser): the tests' own setup and the dev outbox. */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await request.post('/graphql', {
    headers: { 'content-type': 'application/json', ...headers },
    data: { query, variables },
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

export async function apiLogin(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    request,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return data.login.accessToken;
}

/** The path and query of the newest mail's link to `path` sent to `to`, read from the dev outbox. */
export async function mailedLink(request: APIRequestContext, to: string, path: string): Promise<string> {
  const token = await apiLogin(request, 'platform@tsunagu.example');
  for (let attempt = 0; attempt < 40; attempt++) {
    const { devOutbox } = await graphql<{ devOutbox: { to: string; body: string }[] }>(
      request,
      '{ devOutbox(first: 200) { to body createdAt } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    const mail = devOutbox.find((m) => m.to === to && m.body.includes(path));
    const link = mail?.body.match(/https?:\/\/\S+/g)?.find((url) => url.includes(path));
    if (link) {
      const url = new URL(link);
      return `${url.pathname}${url.search}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail to ${to} with ${path}`);
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(grave.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The authenticator app's current code for a secret shown as text (grouped by four). */
export function totp(secret: string): string {
  return authenticator.generate(secret.replace(/\s+/g, ''));
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** Fails the test on any Content-Security-Policy violation or uncaught error in the page. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
  return problems;
}

const root = resolve(__dirname, '../../..');
const run = promisify(execFile);

/** A family writes through the demo's LINE channel of Kobe: the README's simulator, pointed at this run's API. */
export async function familyWrites(userId: string, text: string): Promise<void> {
  await run(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      '-r',
      'tsconfig-paths/register',
      'tools/line/simulate.ts',
      '--tenant',
      'kobe',
      '--user',
      userId,
      '--text',
      text,
      '--api',
      baseURL,
    ],
    { cwd: root },
  );
}

/** A LINE user id nobody used: the sandbox names them LINEユーザー + its last four characters. */
export function newFamily(): { userId: string; name: string } {
  const userId = `U${randomBytes(16).toString('hex')}`;
  return { userId, name: `LINEユーザー${userId.slice(-4)}` };
}

/**
 * Kobe's counsellor refers a family to the demo partner user's agency (神戸市こども家庭センター) through the
 * API, as the console's dialog does: the family's consent, the referral (sharing the family's name), sent.
 * `search` finds the family's conversation (its name); without it, the newest conversation.
 */
export async function referThroughApi(request: APIRequestContext, summary: string, search?: string): Promise<string> {
  const counsellor = {
    authorization: `Bearer ${await apiLogin(request, 'counselor@kobe.tsunagu.example')}`,
    'x-tenant': 'kobe',
  };
  const { conversations } = await graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
    request,
    'query($filter: ConversationFilter) { conversations(first: 1, filter: $filter) { edges { node { id } } } }',
    { filter: search ? { search, status: null } : {} },
    counsellor,
  );
  const { partnerOrganizations } = await graphql<{ partnerOrganizations: { edges: { node: { id: string } }[] } }>(
    request,
    '{ partnerOrganizations(first: 1, filter: { search: "神戸市こども家庭センター" }) { edges { node { id } } } }',
    {},
    counsellor,
  );
  const conversationId = conversations.edges[0]?.node.id;
  const partnerOrganizationId = partnerOrganizations.edges[0]?.node.id;
  if (!conversationId || !partnerOrganizationId) throw new Error('no conversation or partner to refer');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const { recordConsent } = await graphql<{ recordConsent: { id: string } }>(
    request,
    'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
    {
      input: {
        conversationId,
        partnerOrganizationId,
        method: 'IN_CHAT',
        obtainedOn: today,
        purpose: '子育て支援の相談のため',
      },
    },
    counsellor,
  );
  const { createReferral } = await graphql<{ createReferral: { id: string } }>(
    request,
    'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
    {
      input: { conversationId, partnerOrganizationId, consentId: recordConsent.id, summary, shareDisplayName: true },
    },
    counsellor,
  );
  await graphql(
    request,
    'mutation($input: ReferralIdInput!) { sendReferral(input: $input) { id } }',
    { input: { id: createReferral.id } },
    counsellor,
  );
  return createReferral.id;
}
