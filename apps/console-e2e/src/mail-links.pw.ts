import { expect, test } from '@playwright/test';
import { apiLogin, expectAccessible, graphql, mailedLink, signIn } from './support';

test.describe('mailed links', () => {
  test('an invitation from the dev outbox: a new account with a name and a password, the policy shown as one types', async ({
    page,
    request,
  }) => {
    const email = `new.coordinator.${Date.now()}@kobe.tsunagu.example`;
    const admin = await apiLogin(request, 'admin@kobe.tsunagu.example');
    await graphql(
      request,
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { status } }',
      { input: { email, role: 'COORDINATOR' } },
      { authorization: `Bearer ${admin}`, 'x-tenant': 'kobe' },
    );
    const link = await mailedLink(request, email, '/accept-invitation');
    await page.goto(link);
    await expect(page.getByRole('heading', { name: '招待の受け入れ' })).toBeVisible();
    await expect(page.getByText('神戸市の「事務局」として招待されています。')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('氏名').fill('新井 つなぐ');
    const password = page.getByLabel('新しいパスワード', { exact: true });
    await password.fill('short');
    await expect(page.getByRole('list', { name: 'パスワードの条件' })).toContainText(
      '12文字以上（まだ満たしていません）',
    );
    // A common password passes the page's checks; the API's reason shows on the field.
    await password.fill('passwordpassword');
    await page.getByLabel('新しいパスワード（確認）').fill('passwordpassword');
    await page.getByRole('button', { name: '登録して始める' }).click();
    await expect(page.getByText('よく使われるパスワードです')).toBeVisible();
    await expect(page.getByLabel('氏名')).toHaveValue('新井 つなぐ');

    await password.fill('a long and unusual passphrase 2026');
    await page.getByLabel('新しいパスワード（確認）').fill('a long and unusual passphrase 2026');
    await page.getByRole('button', { name: '登録して始める' }).click();
    await expect(page).toHaveURL(/\/kobe\/inbox$/);
    await expect(page.getByTestId('user-name')).toHaveText('新井 つなぐ');
  });

  test('a password reset from the mailed link', async ({ page, request }) => {
    const email = 'viewer@bunkyo.tsunagu.example';
    await page.goto('/login');
    await page.getByRole('link', { name: 'パスワードをお忘れの方' }).click();
    await expect(page.getByRole('heading', { name: 'パスワードの再設定' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByRole('button', { name: 'リンクを送る' }).click();
    await expect(page.getByRole('status')).toContainText('再設定用のリンクを送りました');

    const link = await mailedLink(request, email, '/reset-password');
    await page.goto(link);
    await expect(page.getByRole('heading', { name: '新しいパスワードの設定' })).toBeVisible();
    await expectAccessible(page);
    // The policy refuses a password containing the email's local part ("viewer"), on the field.
    await page.getByLabel('新しいパスワード', { exact: true }).fill('the viewer of bunkyo 2026');
    await page.getByLabel('新しいパスワード（確認）').fill('the viewer of bunkyo 2026');
    await page.getByRole('button', { name: 'パスワードを変更する' }).click();
    await expect(page.getByText('メールアドレスを含めないでください')).toBeVisible();
    const next = 'a fresh and unusual passphrase 2027';
    await page.getByLabel('新しいパスワード', { exact: true }).fill(next);
    await page.getByLabel('新しいパスワード（確認）').fill('something else entirely');
    await page.getByRole('button', { name: 'パスワードを変更する' }).click();
    await expect(page.getByText('新しいパスワードと一致しません')).toBeVisible();
    await page.getByLabel('新しいパスワード（確認）').fill(next);
    await page.getByRole('button', { name: 'パスワードを変更する' }).click();
    await expect(page).toHaveURL(/\/login\?notice=passwordReset/);
    await signIn(page, email, next);
    await expect(page).toHaveURL(/\/bunkyo\/inbox$/);

    // The link works once.
    await page.context().clearCookies();
    await page.goto(link);
    await page.getByLabel('新しいパスワード', { exact: true }).fill('yet another long passphrase');
    await page.getByLabel('新しいパスワード（確認）').fill('yet another long passphrase');
    await page.getByRole('button', { name: 'パスワードを変更する' }).click();
    await expect(page.getByRole('alert')).toContainText('このリンクはすでに使われています');
  });

  test("a referral link opens the partner's portal, which says plainly when the referral is not theirs", async ({
    page,
  }) => {
    await page.goto('/referrals/00000000-0000-4000-8000-000000000002');
    await signIn(page, 'partner@kobe.tsunagu.example');
    await expect(page).toHaveURL(/\/kobe\/referrals\/00000000-0000-4000-8000-000000000002$/);
    await expect(page.getByRole('heading', { name: '紹介の内容' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('この紹介は見つかりませんでした。');
    await expectAccessible(page);
    await page.getByRole('link', { name: '紹介の一覧に戻る' }).click();
    await expect(page.getByRole('heading', { name: '紹介の受付', level: 1 })).toBeVisible();
  });
});
