// `npm run screenshots`: a tour of the console on the demo, written to docs/screenshots/.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiLogin, graphql, mailedLink, referThroughApi, signIn, totp } from './support';

const dir = join(__dirname, '../../../docs/screenshots');
const shot = (page: Page, name: string) => page.screenshot({ path: join(dir, `${name}.png`) });

test('screenshots of the console', async ({ page, request }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  await shot(page, 'login');

  await page.getByRole('link', { name: 'パスワードをお忘れの方' }).click();
  await page.getByLabel('メールアドレス').fill('counselor@bunkyo.tsunagu.example');
  await page.getByRole('button', { name: 'リンクを送る' }).click();
  const reset = await mailedLink(request, 'counselor@bunkyo.tsunagu.example', '/reset-password');
  await page.goto(reset);
  await page.getByLabel('新しいパスワード', { exact: true }).fill('short');
  await page.getByLabel('新しいパスワード（確認）').fill('shorter');
  await page.getByRole('button', { name: 'パスワードを変更する' }).click();
  await shot(page, 'reset-password');

  const email = `screenshot.${Date.now()}@kobe.tsunagu.example`;
  const admin = await apiLogin(request, 'admin@kobe.tsunagu.example');
  await graphql(
    request,
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { status } }',
    { input: { email, role: 'COORDINATOR' } },
    { authorization: `Bearer ${admin}`, 'x-tenant': 'kobe' },
  );
  await page.goto(await mailedLink(request, email, '/accept-invitation'));
  await page.getByLabel('氏名').fill('新井 つなぐ');
  await page.getByLabel('新しいパスワード', { exact: true }).fill('a long passphrase');
  await shot(page, 'accept-invitation');

  await page.goto('/login');
  await signIn(page, 'admin@bunkyo.tsunagu.example');
  await expect(page.getByRole('heading', { name: '受信箱' })).toBeVisible();
  await page.getByRole('link', { name: 'アカウント' }).click();
  await page.getByRole('link', { name: '二要素認証を設定する' }).click();
  await expect(page.getByTestId('mfa-secret')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1200 });
  await shot(page, 'mfa-setup');
  await page.setViewportSize({ width: 1280, height: 800 });

  // A counsellor's sign-in for the admin to find.
  await apiLogin(request, 'counselor@kobe.tsunagu.example');
  await page.goto('/login');
  await signIn(page, 'admin@kobe.tsunagu.example');
  await page.getByRole('link', { name: '監査ログ' }).click();
  await page.getByLabel('操作').fill('auth.login.succeeded');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(page.getByRole('table', { name: '監査ログ' }).getByRole('row').nth(1)).toContainText('サインイン');
  await page.getByRole('button', { name: '改ざんがないか確認する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '記録は改ざんされていません' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await shot(page, 'audit');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto('/login');
  await signIn(page, 'counselor@kobe.tsunagu.example');
  await expect(page.getByRole('heading', { name: '受信箱' })).toBeVisible();
  const list = page.getByRole('list', { name: '相談の一覧' });
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: /緊急の相談/ })).toBeVisible();
  await shot(page, 'inbox');
  await page.getByLabel('状態').selectOption('RESOLVED');
  await list.getByRole('link').nth(2).click();
  await expect(page.getByRole('list', { name: 'メッセージ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '相談者' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await shot(page, 'conversation');
  await page.getByRole('combobox', { name: '返信' }).fill('/');
  await expect(page.getByRole('listbox', { name: '定型文' }).getByRole('option').first()).toBeVisible();
  await shot(page, 'canned-responses');
  await page.getByRole('combobox', { name: '返信' }).fill('');
  await page.getByRole('button', { name: '連携先につなぐ' }).click();
  await page.getByRole('dialog').getByLabel('名前で検索').fill('こども');
  await page.getByRole('dialog').getByRole('radio').first().check();
  await shot(page, 'refer');
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: '相談の一覧' }).getByLabel('状態').selectOption('OPEN');
  await page
    .getByRole('region', { name: /緊急の相談/ })
    .getByRole('link', { name: '開く' })
    .first()
    .click();
  await expect(page.getByRole('alert').filter({ hasText: '緊急の相談です' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'メッセージ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '相談者' })).toBeVisible();
  await shot(page, 'urgent');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('link', { name: 'アカウント' }).click();
  await expect(page.getByTestId('session-row').first()).toBeVisible();
  await shot(page, 'account');

  // A city official's report: the FY2025 demo year, its charts and the first tables.
  await page.goto('/login');
  await signIn(page, 'viewer@kobe.tsunagu.example');
  await expect(page.getByTestId('tenant-name')).toHaveText('神戸市');
  await page.goto('/kobe/reports?fy=2025');
  await expect(page.getByRole('img', { name: '新規相談（家庭の初回の相談）' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1400 });
  await shot(page, 'reports');
  await page.setViewportSize({ width: 1280, height: 800 });
  // Kobe's programmes, and the consultation contract's KPIs against its targets.
  await page.goto('/kobe/programmes');
  await expect(page.getByRole('heading', { name: 'ここならチャットKOBE', level: 2 })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1100 });
  await shot(page, 'programmes');
  await page.getByRole('link', { name: '令和7年度 ここならチャットKOBE運営業務委託 のKPIを見る' }).click();
  await expect(page.getByTestId('kpi-actual-CONSULTATIONS')).not.toBeEmpty();
  await shot(page, 'contract-kpis');
  // The food delivery's contract: deliveries of the year's four rounds against the target.
  await page.goto('/kobe/programmes');
  await page.getByRole('link', { name: '令和7年度 神戸こども宅食事業業務委託 のKPIを見る' }).click();
  await expect(page.getByTestId('kpi-actual-DELIVERIES')).not.toBeEmpty();
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'food-kpis');
  // The report's programme KPIs and its food-delivery tables.
  await page.goto('/kobe/reports?fy=2025');
  const kpis = page.getByRole('region', { name: '事業のKPI' });
  await expect(kpis).toBeVisible();
  await kpis.screenshot({ path: join(dir, 'report-programme-kpis.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/login');
  await signIn(page, 'counselor@kobe.tsunagu.example');
  await expect(page.getByRole('heading', { name: '受信箱' })).toBeVisible();
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Inbox' }).click();
  await expect(page.getByRole('list', { name: 'Consultations' }).getByRole('link').first()).toBeVisible();
  await shot(page, 'inbox-tablet-en');
  // The partner agency's portal, with a referral awaiting its answer (sent through the API, as the
  // counsellor's dialog would).
  await referThroughApi(request, '子育てに悩む保護者。気持ちが落ち込んでいるとの訴えあり。');
  await page.getByRole('button', { name: '日本語' }).click();
  await page.goto('/login');
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'partner@kobe.tsunagu.example');
  await expect(page.getByRole('list', { name: /回答待ちの紹介/ }).getByRole('link')).toHaveCount(1);
  await shot(page, 'partner-referrals');

  // The NPO's roster, outside any tenant, still in Japanese.
  await page.setViewportSize({ width: 1280, height: 800 });
  // Bunkyo's food-delivery office: the rounds of the year and the households in order of application.
  await page.goto('/login');
  await signIn(page, 'coordinator@bunkyo.tsunagu.example');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事業' }).click();
  await page.getByRole('link', { name: '文京区こども宅食 の世帯と配送回' }).click();
  await expect(page.getByTestId('round-row')).toHaveCount(3);
  await page.setViewportSize({ width: 1280, height: 1200 });
  await shot(page, 'food-delivery');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto('/login');
  await signIn(page, 'npo@tsunagu.example');
  await expect(page.getByRole('heading', { name: '研修派遣の名簿', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '研修派遣の一覧' }).getByRole('link').first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await shot(page, 'npo-roster');
});

test("screenshots of a city admin's settings", async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'admin@kobe.tsunagu.example');
  await expect(page.getByRole('heading', { name: '受信箱' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1700 });
  await page.getByRole('link', { name: '受信箱の設定' }).click();
  const tryBox = page.getByRole('form', { name: '文を試す' });
  await tryBox.getByLabel('試す文').fill('もう消えたいと思うことがあります');
  await tryBox.getByRole('button', { name: '判定する' }).click();
  await expect(tryBox.getByRole('status')).toContainText('「消えたい」が反応します');
  await shot(page, 'settings-inbox');
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.getByRole('link', { name: '連携先の名簿' }).click();
  await page.getByRole('list', { name: '組織' }).getByRole('link', { name: '神戸市こども家庭センター' }).click();
  await expect(page.getByRole('heading', { name: '神戸市こども家庭センター' })).toBeVisible();
  await shot(page, 'partner-directory');
});

test("screenshots of a new city's onboarding", async ({ page, browser, request }) => {
  const platform = await apiLogin(request, 'platform@tsunagu.example');
  const as = { authorization: `Bearer ${platform}` };
  await graphql(
    request,
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    {
      input: {
        slug: 'sapporo',
        nameJa: '札幌市',
        nameEn: 'Sapporo City',
        localGovernmentCode: '011002',
        prefecture: '北海道',
      },
    },
    as,
  );
  const email = `admin.${Date.now()}@sapporo.example.jp`;
  await graphql(
    request,
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    { input: { email, role: 'TENANT_ADMIN', tenantSlug: 'sapporo' } },
    as,
  );

  const admin = await (await browser.newContext()).newPage();
  await admin.goto(await mailedLink(request, email, '/accept-invitation'));
  await admin.getByLabel('氏名').fill('札幌 花子');
  await admin.getByLabel('新しいパスワード', { exact: true }).fill('a long and unusual passphrase 2026');
  await admin.getByLabel('新しいパスワード（確認）').fill('a long and unusual passphrase 2026');
  await admin.getByRole('button', { name: '登録して始める' }).click();
  const secret = (await admin.getByTestId('mfa-secret').textContent()) ?? '';
  await admin.getByLabel('確認コード（6桁）').fill(totp(secret));
  await admin.getByRole('button', { name: '設定を完了する' }).click();
  await admin.getByRole('link', { name: '導入の手順' }).click();
  await admin.getByLabel('チャネル名').fill('さっぽろ子育て相談LINE');
  await admin.getByLabel('チャネルID').fill('1657000001');
  await admin.getByLabel('チャネルシークレット').fill('0123456789abcdef0123456789abcdef');
  await admin.getByLabel('チャネルアクセストークン（長期）').fill('sapporo-demo-channel-access-token');
  await admin.getByRole('button', { name: 'チャネルを接続' }).click();
  await admin.getByRole('button', { name: '接続を確認' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '接続できました' })).toBeVisible();
  await admin.setViewportSize({ width: 1280, height: 1000 });
  await shot(admin, 'onboarding');

  await page.goto('/login');
  await signIn(page, 'platform@tsunagu.example');
  await page.getByRole('link', { name: '自治体の導入' }).click();
  await expect(page.getByTestId('tenant-row').filter({ hasText: '札幌市' })).toContainText('1 / 4');
  await page.setViewportSize({ width: 1280, height: 1000 });
  await shot(page, 'platform-tenants');
});
