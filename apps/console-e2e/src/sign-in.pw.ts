import { expect, test } from '@playwright/test';
import { apiLogin, expectAccessible, graphql, signIn, totp, watchPage } from './support';

test.describe('signing in', () => {
  test('a counsellor signs in, lands in their tenant, survives a reload, and signs out', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
    await expectAccessible(page);

    // A wrong password: the API's refusal shows, and what was typed stays.
    await signIn(page, 'counselor@kobe.tsunagu.example', 'not the password');
    await expect(page.getByRole('alert')).toContainText('メールアドレスまたはパスワードが正しくありません');
    await expect(page.getByLabel('メールアドレス')).toHaveValue('counselor@kobe.tsunagu.example');

    await page.getByLabel('パスワード', { exact: true }).fill('tsunagu-demo-2026');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect(page).toHaveURL(/\/kobe\/inbox$/);
    await expect(page.getByRole('heading', { name: '受信箱' })).toBeVisible();
    await expect(page.getByTestId('tenant-name')).toHaveText('神戸市');
    await expectAccessible(page);

    // The access token is in memory only: a reload restores the session from the HttpOnly cookie.
    const cookies = await page.context().cookies();
    const refresh = cookies.find((c) => c.name === 'tsunagu_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('tsunagu_refresh');
    expect(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).not.toMatch(/eyJ/);
    await page.reload();
    await expect(page.getByRole('heading', { name: '受信箱' })).toBeVisible();

    // My sessions.
    await page.getByRole('link', { name: 'アカウント' }).click();
    await expect(page.getByRole('heading', { name: 'ログイン中の端末' })).toBeVisible();
    await expect(page.getByTestId('session-row').filter({ hasText: 'この端末' })).toHaveCount(1);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
    await expect(page).toHaveURL(/\/login\?notice=signedOut/);
    await expect(page.getByRole('status')).toContainText('ログアウトしました');
    // The session is over: the console's pages send the browser back to the login.
    await page.goto('/kobe/inbox');
    await expect(page).toHaveURL(/\/login\?redirect=/);
    expect(problems).toEqual([]);
  });

  test('a session ended elsewhere returns cleanly to the login', async ({ page, request }) => {
    await page.goto('/login');
    await signIn(page, 'admin@kobe.tsunagu.example');
    await expect(page).toHaveURL(/\/kobe\/inbox$/);
    // The user ends this browser's session from another device.
    const token = await apiLogin(request, 'admin@kobe.tsunagu.example');
    const { mySessions } = await graphql<{ mySessions: { id: string; current: boolean }[] }>(
      request,
      '{ mySessions { id current } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    for (const session of mySessions.filter((s) => !s.current)) {
      await graphql(
        request,
        'mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }',
        { input: { id: session.id } },
        { authorization: `Bearer ${token}` },
      );
    }
    await page.reload();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  });

  test('a mailed conversation link opens the conversation in its tenant after sign-in', async ({ page, request }) => {
    const token = await apiLogin(request, 'counselor@kobe.tsunagu.example');
    const { conversations } = await graphql<{
      conversations: { edges: { node: { id: string; registrant: { displayName: string } } }[] };
    }>(
      request,
      '{ conversations(first: 1, filter: { status: RESOLVED }) { edges { node { id registrant { displayName } } } } }',
      {},
      { authorization: `Bearer ${token}`, 'x-tenant': 'kobe' },
    );
    const conversation = conversations.edges[0]?.node as { id: string; registrant: { displayName: string } };
    await page.goto(`/inbox/conversations/${conversation.id}`);
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await expect(page).toHaveURL(new RegExp(`/kobe/inbox/conversations/${conversation.id}$`));
    await expect(page.getByRole('heading', { name: conversation.registrant.displayName, level: 2 })).toBeVisible();
  });

  test('a network failure shows a retry, not a blank screen', async ({ page }) => {
    await page.goto('/login');
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await expect(page.getByRole('alert')).toContainText('サーバーに接続できませんでした');
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect(page).toHaveURL(/\/kobe\/inbox$/);
    // A signed-in page that cannot load offers a retry.
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.goto('/kobe/account');
    await expect(page.getByRole('button', { name: '再試行' })).toBeVisible();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: '再試行' }).click();
    await expect(page.getByRole('heading', { name: 'アカウント' })).toBeVisible();
  });

  test('a page of the menu opened by its address by a role that may not open it says so, and offers nothing of it', async ({
    page,
  }) => {
    await page.goto('/login');
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await expect(page).toHaveURL(/\/kobe\/inbox/);
    await expect(
      page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'メンバー' }),
    ).toHaveCount(0);
    for (const path of [
      '/kobe/members',
      '/kobe/onboarding',
      '/kobe/audit',
      '/platform/tenants',
      '/platform/secondments',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('main').getByRole('alert')).toHaveText('この操作を行う権限がありません。');
      // Nothing of the page: no form to fill, no table, no heading of its own.
      await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
      await expect(page.getByRole('main').getByRole('heading')).toHaveCount(0);
    }
    await expectAccessible(page);
  });

  test('switches to English', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  });

  test('MFA: the enrolment a role requires, with the QR code, the secret and recovery codes; then a recovery code signs in', async ({
    page,
    request,
  }) => {
    const problems = watchPage(page);
    // Yamagata's admin makes MFA a requirement for its counsellors.
    const admin = await apiLogin(request, 'admin@yamagata.tsunagu.example');
    await graphql(
      request,
      'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { id } }',
      { input: { mfaRequiredRoles: ['COUNSELOR'] } },
      { authorization: `Bearer ${admin}`, 'x-tenant': 'yamagata' },
    );

    await page.goto('/login');
    await signIn(page, 'counselor@yamagata.tsunagu.example');
    await expect(page).toHaveURL(/\/mfa\/setup/);
    await expect(page.getByRole('heading', { name: '二要素認証の設定' })).toBeVisible();
    await expect(page.getByText('ご利用の役割では二要素認証が必要です')).toBeVisible();
    await expect(page.getByRole('img', { name: '認証アプリに登録するためのQRコード' })).toBeVisible();
    const secret = (await page.getByTestId('mfa-secret').textContent()) ?? '';
    const codes = await page.getByTestId('recovery-codes').locator('li').allTextContents();
    expect(codes).toHaveLength(10);
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'リカバリーコードをダウンロード' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('tsunagu-recovery-codes.txt');

    // A wrong code first: the error shows on the field, what was typed stays.
    await page.getByLabel('確認コード（6桁）').fill('000000');
    await page.getByRole('button', { name: '設定を完了する' }).click();
    await expect(page.getByText('確認コードが正しくありません')).toBeVisible();
    await expect(page.getByLabel('確認コード（6桁）')).toHaveValue('000000');
    await page.getByLabel('確認コード（6桁）').fill(totp(secret));
    await page.getByRole('button', { name: '設定を完了する' }).click();
    await expect(page).toHaveURL(/\/yamagata\/inbox$/);

    await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, 'counselor@yamagata.tsunagu.example');
    await expect(page.getByRole('heading', { name: '二要素認証' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: /リカバリーコードを使う/ }).click();
    await page.getByLabel('リカバリーコード').fill(codes[0] ?? '');
    await page.getByRole('button', { name: '確認する' }).click();
    await expect(page).toHaveURL(/\/yamagata\/inbox$/);
    await expect(page.getByTestId('tenant-name')).toHaveText('山形市');
    expect(problems).toEqual([]);
  });
});
