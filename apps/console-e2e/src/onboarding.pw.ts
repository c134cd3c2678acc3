import { expect, test, type Page } from '@playwright/test';
import { apiLogin, expectAccessible, graphql, mailedLink, signIn, totp, watchPage } from './support';

const PASSWORD = 'a long and unusual passphrase 2026';

/** Presses Tab until `target` has the focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 40): Promise<void> {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('a new city, from the platform to its first admin and back', () => {
  test('the platform adds 札幌市 and invites its admin; the admin accepts, enrols MFA and completes the wizard; the platform activates the city', async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const problems = watchPage(page);
    const adminEmail = `admin.${Date.now()}@sapporo.example.jp`;

    // The platform admin: the cities with their progress, then a new one.
    await page.goto('/login');
    await signIn(page, 'platform@tsunagu.example');
    await page.getByRole('link', { name: '自治体の導入' }).click();
    await expect(page.getByRole('heading', { name: '自治体の導入と状態' })).toBeVisible();
    await expect(page.getByTestId('tenant-row').filter({ hasText: '神戸市' })).toContainText('稼働中');
    await expectAccessible(page);
    await page.getByRole('link', { name: '自治体を登録' }).click();
    await expect(page.getByRole('heading', { name: '自治体を登録' })).toBeVisible();
    await page.getByLabel('名称（日本語）').fill('札幌市');
    await page.getByLabel('名称（英語）').fill('Sapporo City');
    await page.getByLabel('スラッグ（URLに使う英小文字）').fill('sapporo');
    // The local government code is checked as it is typed, with the API's rule.
    const code = page.getByLabel('全国地方公共団体コード（6桁）');
    await code.fill('0110');
    await expect(page.getByTestId('code-check')).toHaveText('6桁の数字で入力してください（あと2桁）');
    await code.fill('011001');
    await expect(page.getByTestId('code-check')).toHaveText('検査数字が合いません。最後の桁は 2 のはずです');
    await code.fill('011002');
    await expect(page.getByTestId('code-check')).toHaveText('検査数字が正しいコードです（北海道）');
    await expect(page.getByLabel('都道府県')).toHaveValue('北海道');
    await expectAccessible(page);
    await page.getByRole('button', { name: '登録する' }).click();

    await expect(page.getByRole('heading', { name: '札幌市', level: 1 })).toBeVisible();
    await expect(page.getByText('北海道・011002・準備中')).toBeVisible();
    await expect(page.getByTestId('tenant-checklist').getByText('未完了')).toHaveCount(4);
    // Activation is refused while the checklist is incomplete, unless a reason is given.
    await page.getByRole('button', { name: '有効化する' }).click();
    await expect(page.getByText('20文字以上で入力してください', { exact: true })).toBeVisible();
    await page.getByLabel('メールアドレス').fill(adminEmail);
    await page.getByRole('button', { name: '招待を送る' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${adminEmail} に招待を送りました。` })).toBeVisible();
    await expect(page.getByTestId('invitation-row').filter({ hasText: adminEmail })).toContainText('受け入れ待ち');
    await expectAccessible(page);

    // The city's admin, in a browser of their own: the mailed link, a password, MFA.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    const adminProblems = watchPage(admin);
    await admin.goto(await mailedLink(request, adminEmail, '/accept-invitation'));
    await expect(admin.getByText('札幌市の「管理者」として招待されています。')).toBeVisible();
    await admin.getByLabel('氏名').fill('札幌 花子');
    await admin.getByLabel('新しいパスワード', { exact: true }).fill(PASSWORD);
    await admin.getByLabel('新しいパスワード（確認）').fill(PASSWORD);
    await admin.getByRole('button', { name: '登録して始める' }).click();
    await expect(admin).toHaveURL(/\/mfa\/setup/);
    const secret = (await admin.getByTestId('mfa-secret').textContent()) ?? '';
    await admin.getByLabel('確認コード（6桁）').fill(totp(secret));
    await admin.getByRole('button', { name: '設定を完了する' }).click();
    await expect(admin.getByTestId('tenant-name')).toHaveText('札幌市');

    // The wizard, step by step, each saying what is missing.
    await admin.getByRole('link', { name: '導入の手順' }).click();
    await expect(admin.getByRole('heading', { name: '導入の手順', level: 1 })).toBeVisible();
    await expect(admin.getByTestId('onboarding-progress')).toHaveText('0 / 4 完了');
    await expect(admin.getByRole('heading', { name: '2. LINEチャネル' })).toBeVisible();
    await expect(admin.getByTestId('step-missing')).toHaveText(
      '足りないもの：有効なLINEチャネルが接続されていません。',
    );
    await expectAccessible(admin);

    await admin.getByRole('link', { name: /1\. 自治体の設定/ }).click();
    await expect(admin.getByLabel('名称（英語）')).toHaveValue('Sapporo City');
    await admin.getByLabel('名称（英語）').fill('City of Sapporo');
    await admin.getByRole('button', { name: '設定を保存' }).click();
    await expect(admin.getByRole('status').filter({ hasText: '設定を保存しました。' })).toBeVisible();
    await admin.getByRole('button', { name: '次の手順へ' }).click();

    const lineChannelId = String(1_000_000_000 + Math.floor(Math.random() * 1e9));
    await admin.getByLabel('チャネル名').fill('さっぽろ子育て相談LINE');
    await admin.getByLabel('チャネルID').fill(lineChannelId);
    await admin.getByLabel('チャネルシークレット').fill('0123456789abcdef0123456789abcdef');
    await admin.getByLabel('チャネルアクセストークン（長期）').fill(`sapporo-token-${lineChannelId}`);
    await admin.getByRole('button', { name: 'チャネルを接続' }).click();
    await expect(admin.getByLabel('Webhook URL')).toHaveValue(new RegExp(`/webhooks/line/${lineChannelId}$`));
    await admin.getByRole('button', { name: '接続を確認' }).click();
    // The e2e server's LINE is the sandbox `npm start` runs: it answers GET /v2/bot/info.
    await expect(admin.getByRole('status').filter({ hasText: '接続できました' })).toContainText(
      'LINE公式アカウント「tsunagu LINE sandbox」として応答します。',
    );
    await expect(admin.getByTestId('onboarding-progress')).toHaveText('1 / 4 完了');
    await expectAccessible(admin);
    await admin.getByRole('button', { name: '次の手順へ' }).click();

    await expect(admin.getByTestId('step-missing')).toContainText('有効な連携先のサービスがありません。');
    await admin.getByLabel('機関名').fill('札幌市子ども家庭支援センター');
    await admin.getByLabel('サービス名').fill('子育て相談');
    await admin.getByRole('button', { name: '連携先を登録' }).click();
    await expect(
      admin.getByRole('status').filter({ hasText: '「札幌市子ども家庭支援センター」を登録しました。' }),
    ).toBeVisible();
    await expect(admin.getByTestId('onboarding-progress')).toHaveText('2 / 4 完了');

    // The roster review and the report recipients with the keyboard alone.
    await tabTo(admin, admin.getByRole('button', { name: '次の手順へ' }));
    await admin.keyboard.press('Enter');
    await expect(admin.getByRole('heading', { name: '4. 名簿の確認' })).toBeVisible();
    await tabTo(admin, admin.getByRole('button', { name: '名簿を確認済みにする' }));
    await admin.keyboard.press('Enter');
    await expect(admin.getByRole('status').filter({ hasText: '名簿を確認済みにしました。' })).toBeVisible();
    await tabTo(admin, admin.getByRole('button', { name: '次の手順へ' }));
    await admin.keyboard.press('Enter');
    await expect(admin.getByRole('heading', { name: '5. 報告書の送付先' })).toBeVisible();
    await tabTo(admin, admin.getByRole('textbox', { name: '送付先のメールアドレス' }));
    await admin.keyboard.type('kodomo@city.sapporo.example.jp');
    await tabTo(admin, admin.getByRole('button', { name: '送付先を保存' }));
    await admin.keyboard.press('Enter');
    await expect(admin.getByRole('status').filter({ hasText: '送付先を保存しました。' })).toBeVisible();
    await expect(admin.getByTestId('onboarding-progress')).toHaveText('4 / 4 完了');
    await expect(admin.getByText('すべての手順が完了しました。')).toBeVisible();
    await expectAccessible(admin);
    await admin.screenshot({ path: '/tmp/onboard-wizard.png', fullPage: true });
    expect(adminProblems).toEqual([]);
    await adminContext.close();

    // The platform admin sees the complete checklist and activates the city without a reason.
    await page.reload();
    await expect(page.getByTestId('tenant-checklist').getByText('完了', { exact: true })).toHaveCount(4);
    await expect(page.getByText('チェックリストがすべて完了していれば、そのまま有効化できます。')).toBeVisible();
    await page.getByRole('button', { name: '有効化する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '札幌市を有効化しました。' })).toBeVisible();
    await expect(page.getByText('北海道・011002・稼働中')).toBeVisible();
    await page.screenshot({ path: '/tmp/onboard-tenant.png', fullPage: true });
    await page.getByRole('link', { name: '自治体の導入' }).click();
    await expect(page.getByTestId('tenant-row').filter({ hasText: '札幌市' })).toContainText('4 / 4');
    await page.screenshot({ path: '/tmp/onboard-tenants.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  test("the platform's emergency access: a reason, then a visible countdown", async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'platform@tsunagu.example');
    await expect(page.getByRole('link', { name: '自治体の導入' })).toBeVisible();
    await page.goto('/platform/tenants/yamagata');
    await expect(page.getByRole('heading', { name: '山形市', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: '緊急アクセスを申請' }).click();
    await expect(page.getByText('20文字以上で入力してください', { exact: true })).toBeVisible();
    await page
      .getByLabel('緊急アクセスの理由（20文字以上）')
      .fill('相談者の生命に関わる通報があり、直近のやり取りを確認する必要があるため');
    await page.getByRole('button', { name: '緊急アクセスを申請' }).click();
    const countdown = page.getByTestId('emergency-countdown');
    await expect(countdown).toContainText(/緊急アクセス中：残り (60:00|59:\d\d)/);
    const first = await countdown.textContent();
    await expect(countdown).not.toHaveText(first ?? '', { timeout: 5000 });
    await expectAccessible(page);
  });
});

test.describe('members and invitations', () => {
  test("Kobe's admin invites a viewer, resends the invitation (the old link dies) and revokes it", async ({
    page,
    request,
  }) => {
    const email = `viewer.${Date.now()}@kobe.tsunagu.example`;
    await page.goto('/login');
    await signIn(page, 'admin@kobe.tsunagu.example');
    await page.getByRole('link', { name: 'メンバー' }).click();
    await expect(page.getByRole('heading', { name: 'メンバーと招待' })).toBeVisible();
    // People by their names, not ids.
    await expect(page.getByTestId('member-row').first()).toBeVisible();
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('役割', { exact: true }).selectOption('MUNICIPAL_VIEWER');
    await page.getByRole('button', { name: '招待を送る' }).click();
    const row = page.getByTestId('invitation-row').filter({ hasText: email });
    await expect(row).toContainText('自治体職員（閲覧）');
    await expect(row).toContainText('受け入れ待ち');
    await expectAccessible(page);
    const first = await mailedLink(request, email, '/accept-invitation');

    await page.getByRole('button', { name: `${email} への招待を再送` }).click();
    await expect(page.getByRole('status').filter({ hasText: `${email} に新しいリンクを送りました。` })).toBeVisible();
    let second = first;
    for (let i = 0; i < 40 && second === first; i++) second = await mailedLink(request, email, '/accept-invitation');
    expect(second).not.toBe(first);

    await page.getByRole('button', { name: `${email} への招待を取り消す` }).click();
    await expect(page.getByRole('status').filter({ hasText: `${email} への招待を取り消しました。` })).toBeVisible();
    await expect(row).toHaveCount(0);

    for (const link of [first, second]) {
      await page.goto(link);
      await expect(page.getByRole('alert')).toContainText('この招待リンクは無効です');
    }
    // The same page in English.
    await page.goto('/kobe/members');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Members and invitations' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Invitations not accepted yet' })).toBeVisible();
    await page.getByRole('button', { name: '日本語' }).click();
    // The API agrees: nothing is pending for this address.
    const token = await apiLogin(request, 'admin@kobe.tsunagu.example');
    const { invitations } = await graphql<{ invitations: { email: string }[] }>(
      request,
      '{ invitations { email } }',
      {},
      { authorization: `Bearer ${token}`, 'x-tenant': 'kobe' },
    );
    expect(invitations.map((i) => i.email)).not.toContain(email);
  });
});
