import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, familyWrites, newFamily, signIn, watchPage } from './support';

const COORDINATOR = 'coordinator@kobe.tsunagu.example';
const ADMIN = 'admin@kobe.tsunagu.example';

async function signedIn(browser: Browser, email: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const problems = watchPage(page);
  await page.goto('/login');
  await signIn(page, email);
  return { page, problems };
}

test.describe('broadcasts to registered families', () => {
  test('the programme office composes a broadcast for Kobe families, the admin sees exactly what goes and approves it', async ({
    browser,
  }, testInfo) => {
    const title = `夏休みの子ども食堂 ${Date.now()}`;
    const coordinator = await signedIn(browser, COORDINATOR);
    await coordinator.page.getByRole('link', { name: 'お知らせ配信' }).click();
    await expect(coordinator.page.getByRole('heading', { name: 'お知らせ配信', level: 1 })).toBeVisible();
    await expectAccessible(coordinator.page);

    await coordinator.page.getByRole('link', { name: '新しいお知らせを作る' }).click();
    await expect(coordinator.page.getByRole('heading', { name: '新しいお知らせ', level: 1 })).toBeVisible();
    // The families the demo seeded who can receive: the count is there before anything is saved.
    const reach = coordinator.page.getByTestId('composer-reach');
    await expect(reach).toHaveText(/配信先：[1-9][0-9]*世帯/);
    await coordinator.page.getByLabel('件名（ご家族には表示されません）').fill(title);
    await coordinator.page.getByLabel('本文').fill('夏休みの子ども食堂を開きます。\nどなたでもお越しください。');
    await coordinator.page.getByRole('button', { name: 'メッセージを追加' }).click();
    await coordinator.page.getByLabel('2件目 種類').selectOption('LINK');
    await coordinator.page.getByLabel('リンクの見出し').fill('開催日と場所');
    await coordinator.page.getByLabel('リンク先のアドレス（https）').fill('http://www.city.kobe.example/shokudo');
    await coordinator.page.getByLabel('通知音を鳴らさずに届ける（夜間・早朝向け）').check();
    // The phone's preview follows what is typed.
    const preview = coordinator.page.getByTestId('line-preview');
    await expect(preview).toContainText('夏休みの子ども食堂を開きます。');
    await expect(preview).toContainText('開催日と場所');
    await expectAccessible(coordinator.page);
    await coordinator.page.screenshot({ path: testInfo.outputPath('broadcast-composer.png'), fullPage: true });

    // An address that is not https is refused on its field, nothing saved.
    await coordinator.page.getByRole('button', { name: '下書きを保存' }).click();
    await expect(coordinator.page.getByText('must be an https:// URL')).toBeVisible();
    await coordinator.page.getByLabel('リンク先のアドレス（https）').fill('https://www.city.kobe.example/shokudo');
    await coordinator.page.getByRole('button', { name: '下書きを保存' }).click();

    await expect(coordinator.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(coordinator.page.getByTestId('broadcast-status')).toHaveText('下書き');
    await coordinator.page.screenshot({ path: testInfo.outputPath('broadcast-draft.png'), fullPage: true });

    // A test to the coordinator's own LINE: linked first under アカウント with a one-time code sent
    // to Kobe's channel from that LINE account, then sent from the draft.
    const draftUrl = coordinator.page.url();
    await coordinator.page.getByRole('button', { name: '自分のLINEにテスト送信' }).click();
    await expect(coordinator.page.getByRole('alert')).toContainText(
      'テストを受け取るLINEアカウントがまだ連携されていません',
    );
    await coordinator.page.getByRole('link', { name: 'アカウント' }).click();
    const recipients = coordinator.page.getByRole('region', { name: 'テスト配信の受信者' });
    await recipients.getByRole('button', { name: 'コードを表示' }).first().click();
    const code = (await recipients.getByRole('status').textContent())?.match(/T-[2-9A-HJ-NP-Z]{6}/)?.[0];
    expect(code).toBeTruthy();
    await familyWrites(newFamily().userId, code ?? '');
    await coordinator.page.goto(draftUrl);
    await coordinator.page.getByRole('button', { name: '自分のLINEにテスト送信' }).click();
    await expect(coordinator.page.getByText('1件のLINEアカウントにテストを送りました。')).toBeVisible();
    await coordinator.page.getByRole('button', { name: '承認を依頼する' }).click();
    await expect(coordinator.page.getByTestId('broadcast-status')).toHaveText('承認待ち');
    // The composer does not approve their own broadcast.
    await expect(coordinator.page.getByRole('button', { name: '承認して配信する' })).toHaveCount(0);
    const url = coordinator.page.url();

    const admin = await signedIn(browser, ADMIN);
    await admin.page.getByRole('link', { name: 'お知らせ配信' }).click();
    await admin.page.getByRole('link', { name: title }).click();
    await expect(admin.page.getByRole('heading', { name: '承認の確認' })).toBeVisible();
    await expect(admin.page.getByTestId('broadcast-reach')).toHaveText(/次の内容を[1-9][0-9]*世帯に配信します。/);
    await expect(admin.page.getByTestId('line-preview')).toContainText('開催日と場所');
    await expect(admin.page.getByText('通知音なしで届けます。')).toBeVisible();
    await expectAccessible(admin.page);
    await admin.page.screenshot({ path: testInfo.outputPath('broadcast-approval.png'), fullPage: true });
    await admin.page.getByRole('button', { name: '承認して配信する' }).click();
    await expect(admin.page.getByText('承認しました。')).toBeVisible();
    await expect(admin.page.getByText('承認：神戸市 管理者')).toBeVisible();
    await expect(admin.page.getByText('作成：神戸市 事務局')).toBeVisible();

    // The composer's page, open all along, hears of the approval and the sending live: the figures
    // fill in until every family of the audience has it.
    await expect(coordinator.page).toHaveURL(url);
    await expect(coordinator.page.getByTestId('broadcast-status')).toHaveText('配信済み', { timeout: 30_000 });
    const figures = coordinator.page.getByTestId('broadcast-figures');
    const figure = (label: string) => figures.locator('div').filter({ hasText: label }).locator('dd');
    const audience = await figure('配信先').textContent();
    expect(Number(audience)).toBeGreaterThan(0);
    await expect(figure('送信済み')).toHaveText(audience ?? '');
    await expect(figure('失敗')).toHaveText('0');
    await expect(figure('未送信')).toHaveText('0');
    await expectAccessible(coordinator.page);
    await coordinator.page.screenshot({ path: testInfo.outputPath('broadcast-sent.png'), fullPage: true });
    expect([...coordinator.problems, ...admin.problems]).toEqual([]);
  });

  test('the English console says the same', async ({ browser }) => {
    const coordinator = await signedIn(browser, COORDINATOR);
    await coordinator.page.getByRole('link', { name: 'お知らせ配信' }).click();
    await coordinator.page.getByRole('button', { name: 'English' }).click();
    await expect(coordinator.page.getByRole('heading', { name: 'Broadcasts', level: 1 })).toBeVisible();
    await coordinator.page.getByRole('link', { name: 'Compose a broadcast' }).click();
    await expect(coordinator.page.getByTestId('composer-reach')).toHaveText(/Goes to \d+ families/);
    await expectAccessible(coordinator.page);
  });
});
