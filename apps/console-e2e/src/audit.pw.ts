import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiLogin, DEMO_PASSWORD, expectAccessible, signIn, watchPage } from './support';

const COUNSELOR = 'counselor@kobe.tsunagu.example';
const COUNSELOR_NAME = '神戸市 相談員';

/** Moves the focus with Tab (as a keyboard user does) until `target` has it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("Kobe's admin finds a counsellor's latest sign-in in the audit trail, checks the chain and exports it, by keyboard", async ({
  page,
  request,
}) => {
  const problems = watchPage(page);
  // The counsellor signs in now, so the latest sign-in is known whatever ran before.
  const signedInFrom = Date.now();
  await apiLogin(request, COUNSELOR);

  await page.goto('/login');
  await tabTo(page, page.getByLabel('メールアドレス'));
  await page.keyboard.type('admin@kobe.tsunagu.example');
  await tabTo(page, page.getByLabel('パスワード', { exact: true }));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kobe\//);

  await tabTo(page, page.getByRole('link', { name: '監査ログ' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '監査ログ', level: 1 })).toBeVisible();

  await tabTo(page, page.getByLabel('操作'));
  await page.keyboard.type('auth.login.succeeded');
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: '監査ログ' });
  const signIns = table.getByRole('row').filter({ hasText: COUNSELOR_NAME });
  await expect(signIns.first()).toContainText('サインイン');

  // Only the counsellor's actions: the first row is their latest sign-in, the one made above.
  await tabTo(page, signIns.first().getByRole('button', { name: `${COUNSELOR_NAME}さんの操作だけ表示` }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`操作者: ${COUNSELOR_NAME}`)).toBeVisible();
  const latest = table.getByRole('row').nth(1);
  await expect(latest).toContainText(COUNSELOR);
  await expect(latest).toContainText('auth.login.succeeded');
  const when = await latest.locator('time').getAttribute('datetime');
  expect(new Date(when ?? 0).getTime()).toBeGreaterThanOrEqual(signedInFrom - 1000);
  await expect(table.getByRole('row').filter({ hasNotText: COUNSELOR_NAME })).toHaveCount(1); // the header

  await tabTo(page, page.getByRole('button', { name: '改ざんがないか確認する' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '記録は改ざんされていません' })).toBeVisible();
  await expectAccessible(page);

  await tabTo(page, page.getByRole('button', { name: 'CSVで書き出す' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.split('\r\n').filter((line) => line.includes('auth.login.succeeded'));
  expect(lines.length).toBeGreaterThan(0);
  // In chain order: the last line is the latest sign-in, shown above.
  expect(lines.at(-1)).toContain(COUNSELOR);
  expect(lines.at(-1)).toContain(COUNSELOR_NAME);
  await expect(page.getByRole('status').filter({ hasText: 'CSVをダウンロードしました' })).toBeVisible();
  await page.screenshot({ path: '/tmp/audit/audit-journey.png', fullPage: true });
  expect(problems).toEqual([]);
});

test("the platform admin reads the platform's trail, where a sign-in attempt on an unknown address stays", async ({
  page,
  request,
}) => {
  const problems = watchPage(page);
  const stranger = `nobody.${Date.now()}@kobe.tsunagu.example`;
  const refused = await request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email: stranger, password: DEMO_PASSWORD } },
    },
  });
  expect(
    ((await refused.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code,
  ).toBe('UNAUTHENTICATED');

  await page.goto('/login');
  await signIn(page, 'platform@tsunagu.example');
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/platform');
  await page.getByRole('link', { name: '監査ログ' }).click();
  await expect(page.getByRole('heading', { name: '運営の監査ログ', level: 1 })).toBeVisible();
  await page.getByLabel('操作').fill('auth.login.failed');
  await page.getByRole('button', { name: '絞り込む' }).click();
  const table = page.getByRole('table', { name: '運営の監査ログ' });
  await expect(table.getByRole('row').filter({ hasText: stranger })).toHaveCount(1);
  await page.getByRole('button', { name: '改ざんがないか確認する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '記録は改ざんされていません' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/audit/platform-audit.png', fullPage: true });
  expect(problems).toEqual([]);
});
