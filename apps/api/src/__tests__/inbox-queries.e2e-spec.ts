import { LineSandbox, randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import { TenantRole } from '@tsunagu/platform/permissions';
import { createLineChannel, deliver } from './support/line';
import { StatementRecorder } from './support/statements';
import { TestApp, type TestUser } from './support/test-app';

const INBOX = `query($first: Int) { conversations(first: $first) {
  edges { node { id status priority unreadCount categories { id name } registrant { id displayName status } assignee { id displayName } lastMessage { id text sentAt } } }
} }`;

/** No N+1: a page of the inbox costs the same few queries whatever its size. */
describe('the inbox query count', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let counselor: TestUser;
  const recorder = new StatementRecorder();

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({ JOB_WORKERS: '1', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url });
    const tenant = await t.newTenant();
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    const channel = await createLineChannel(t, admin.token);
    await deliver(
      t,
      channel,
      Array.from({ length: 55 }, (_, n) => textMessageEvent(randomLineUserId(), `相談 ${n}`)),
    );
    const deadline = Date.now() + 60_000;
    for (;;) {
      const page = await t.graphql<{ conversations: { edges: { node: { registrant: { displayName: string } } }[] } }>(
        INBOX,
        { first: 100 },
        { token: counselor.token },
      );
      // Every conversation in, and every profile fetched: no job is left to run while queries are counted.
      const edges = page.data?.conversations.edges ?? [];
      if ((edges.length >= 55 && edges.every((e) => e.node.registrant.displayName)) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    // Some conversations with categories, so that the page has categories to read.
    const categories = await t.graphql<{ conversationCategories: { id: string }[] }>(
      '{ conversationCategories { id } }',
      {},
      { token: counselor.token },
    );
    const categoryIds = categories.data!.conversationCategories.map((c) => c.id);
    const page = await t.graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
      INBOX,
      { first: 50 },
      { token: counselor.token },
    );
    for (const [n, { node }] of page.data!.conversations.edges.entries()) {
      if (n % 3 === 0) continue;
      await t.graphql(
        'mutation($input: CategorizeConversationInput!) { categorizeConversation(input: $input) { id } }',
        { input: { conversationId: node.id, categoryIds: categoryIds.slice(n % 4, (n % 4) + 2) } },
        { token: counselor.token },
      );
    }
    recorder.install();
  }, 90_000);

  afterAll(async () => {
    recorder.uninstall();
    await t.close();
    await sandbox.stop();
  });

  async function countFor(first: number): Promise<number> {
    // A first request may also record the session's last use (once a minute): not measured.
    await t.graphql(INBOX, { first }, { token: counselor.token });
    const { result: page, statements } = await recorder.during(() =>
      t.graphql<{ conversations: { edges: { node: { categories: unknown[] } }[] } }>(
        INBOX,
        { first },
        { token: counselor.token },
      ),
    );
    expect(page.data!.conversations.edges).toHaveLength(first);
    expect(page.data!.conversations.edges.some((e) => e.node.categories.length > 0)).toBe(true);
    return statements.length;
  }

  it('reads a 50-conversation page with as many queries as a 5-conversation page', async () => {
    const small = await countFor(5);
    const large = await countFor(50);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    // The check of the session's cached access, BEGIN with the tenant's scope, the inbox query, COMMIT.
    expect(large).toBe(4);
  });
});
