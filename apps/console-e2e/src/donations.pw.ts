import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, watchPage } from './support';

test.describe('donations to the food delivery', () => {
  // One name a run, so the journey also passes on a database a previous run left behind.
  const company = `株式会社こうべ食品 ${Date.now() % 100000}`;

  test("Kobe's coordinator records a donor, receives their items, sees the stock and thanks them", async ({ page }) => {
    // A long journey with an accessibility check on every screen.
    test.setTimeout(180_000);
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'coordinator@kobe.tsunagu.example');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事業' }).click();
    await page.getByRole('link', { name: '神戸こども宅食 の寄付と在庫' }).click();
    await expect(page.getByRole('heading', { name: '神戸こども宅食 の寄付', level: 1 })).toBeVisible();

    // A donor first.
    const tabs = page.getByRole('navigation', { name: '寄付の画面' });
    await tabs.getByRole('link', { name: '寄付者とお礼' }).click();
    await page.getByRole('button', { name: '寄付者を登録' }).click();
    const donorForm = page.getByRole('form', { name: '寄付者の登録' });
    await donorForm.getByLabel('種別').selectOption('COMPANY');
    await donorForm.getByRole('button', { name: '登録する' }).click();
    await expect(donorForm.getByText('入力してください')).toBeVisible();
    await donorForm.getByLabel('名前').fill(company);
    await donorForm.getByLabel('連絡先').fill('総務部 078-000-0000');
    await expectAccessible(page);
    await donorForm.getByRole('button', { name: '登録する' }).click();
    const donorRow = page.getByRole('row').filter({ hasText: company });
    await expect(donorRow).toContainText('企業');
    await expect(donorRow).toContainText('寄付なし');

    // Their items: one already past its date, one without a date.
    await tabs.getByRole('link', { name: '寄付の受付' }).click();
    const receive = page.getByRole('form', { name: '寄付の受付' });
    await receive.getByLabel('寄付者').selectOption({ label: `${company}（企業）` });
    await receive.getByLabel('品名').fill('ロールパン');
    await receive.getByLabel('数量').fill('20');
    await receive.getByLabel('単位').fill('袋');
    await receive.getByLabel('賞味期限（なければ空欄）').fill('2025-01-31');
    await receive.getByRole('checkbox', { name: '小麦' }).check();
    await receive.getByRole('checkbox', { name: '卵' }).check();
    await receive.getByRole('button', { name: '品目を追加' }).click();
    const second = receive.getByRole('group', { name: '品目 2' });
    await second.getByLabel('品名').fill('レトルトカレー');
    await second.getByLabel('数量').fill('0');
    await second.getByLabel('単位').fill('個');
    await receive.getByRole('button', { name: '受け付ける' }).click();
    await expect(second.getByText('1以上の整数を入力してください')).toBeVisible();
    await second.getByLabel('数量').fill('48');
    await second.locator('summary').click();
    await second.getByRole('checkbox', { name: '牛肉' }).check();
    await second.getByRole('checkbox', { name: '乳' }).check();
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/donations-receive.png', fullPage: true });
    await receive.getByRole('button', { name: '受け付ける' }).click();
    await expect(page.getByRole('status')).toHaveText('2 品目を受け付けました。');

    // The stock: the bread is flagged past its date.
    await tabs.getByRole('link', { name: '在庫' }).click();
    const stock = page.getByRole('table', { name: /在庫/ });
    const bread = stock.getByRole('row').filter({ hasText: 'ロールパン' }).filter({ hasText: company });
    await expect(bread).toContainText('期限切れ');
    await expect(bread).toContainText('20 / 20 袋');
    await expect(bread).toContainText('小麦、卵');
    const curry = stock.getByRole('row').filter({ hasText: 'レトルトカレー' }).filter({ hasText: company });
    await expect(curry).toContainText('48 / 48 個');
    await expect(curry).toContainText('乳、牛肉');
    await expect(curry).not.toContainText('期限切れ');
    await expect(page.getByRole('alert')).toContainText('賞味期限を過ぎた品目');
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/donations-stock.png', fullPage: true });

    // Owed a thank-you, until one is recorded.
    await tabs.getByRole('link', { name: '寄付者とお礼' }).click();
    await page.getByRole('checkbox', { name: 'お礼が済んでいない寄付者だけを表示' }).check();
    const owed = page.getByRole('row').filter({ hasText: company });
    await expect(owed).toContainText('未済');
    await owed.getByRole('button', { name: `${company} へのお礼を記録` }).click();
    const thanks = page.getByRole('form', { name: `${company} へのお礼` });
    await thanks.getByLabel('方法').selectOption('IN_PERSON');
    await thanks.getByLabel('送った人').fill('事務局 山田');
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/donations-donors.png', fullPage: true });
    await thanks.getByRole('button', { name: '記録する' }).click();
    await expect(page.getByRole('row').filter({ hasText: company })).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'お礼が済んでいない寄付者だけを表示' }).uncheck();
    await expect(page.getByRole('row').filter({ hasText: company })).toContainText('済');

    // Kobe's rounds of the year have all gone out: the allocation tab shows them, closed.
    await tabs.getByRole('link', { name: '回への割り当て' }).click();
    await expect(page.getByLabel('回', { exact: true })).toContainText('令和7年度 第4回');
    await expect(page.getByText('この回は配達中または終了しているため、割り当ては変更できません。')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("Kobe's viewer sees no donations page, only the programme's figures, small counts hidden", async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'viewer@kobe.tsunagu.example');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事業' }).click();
    await expect(page.getByRole('heading', { name: '神戸こども宅食', level: 2 })).toBeVisible();
    await expect(page.getByRole('link', { name: '神戸こども宅食 の寄付と在庫' })).toHaveCount(0);
    const figures = page.getByRole('region', { name: '神戸こども宅食の集計' });
    const donations = figures.getByRole('table', { name: '寄付（事業の開始から）' });
    await expect(donations.getByRole('rowheader')).toHaveText(['市民', '企業', 'フードバンク']);
    // Counts, hidden below the threshold: every cell is a number or "<k".
    for (const cell of await donations.getByRole('cell').allTextContents()) expect(cell).toMatch(/^(\d+|<\d+)$/);
    await expect(figures.getByRole('table', { name: '世帯の状況' }).getByRole('rowheader')).toHaveCount(6);
    await expectAccessible(page);
    await figures.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/food-figures-viewer.png' });
  });
});
