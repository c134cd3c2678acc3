import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { apiLogin, expectAccessible, graphql, signIn, watchPage } from './support';

const NPO = 'npo@tsunagu.example';

async function signInToRoster(page: Page): Promise<void> {
  await page.goto('/login');
  await signIn(page, NPO);
  await expect(page).toHaveURL(/\/platform\/secondments/);
  await expect(page.getByRole('heading', { name: '研修派遣の名簿', level: 1 })).toBeVisible();
}

/** Tab until `target` has the focus (at most `limit` presses). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 40): Promise<void> {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('the NPO admin keeps the secondment roster', () => {
  test('lands on the roster, filters FY2024, opens a person, adds a check-in, exports the roster', async ({ page }) => {
    const problems = watchPage(page);
    await signInToRoster(page);
    // Kobe's FY2025 secondment ended on 2026-03-31: only FY2026's person is seconded now.
    const current = page.getByRole('region', { name: '現在の派遣（派遣先・部署別）' });
    await expect(current.getByRole('link', { name: '元町 あおい' })).toBeVisible();
    await expect(current.getByRole('link', { name: '北野 翔' })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel('年度', { exact: true }).selectOption({ label: '令和6年度 (FY2024)' });
    await expect(page).toHaveURL(/fy=2024/);
    const table = page.getByRole('table', { name: '研修派遣の一覧' });
    await expect(table.getByRole('link', { name: '六甲 さくら' })).toBeVisible();
    await expect(table.getByRole('link', { name: '北野 翔' })).toHaveCount(0);
    await expect(table.getByRole('link', { name: '港 一郎' })).toHaveCount(0);

    // The alumni of FY2024 with where they went back to.
    await page.getByLabel('表示', { exact: true }).selectOption('ALUMNI');
    await expect(table.getByRole('row', { name: /六甲 さくら/ })).toContainText('こども家庭局 こども発達支援（本庁）');

    await table.getByRole('link', { name: '六甲 さくら' }).click();
    await expect(page.getByRole('heading', { name: /六甲 さくら/, level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: '担当業務の一覧' })).toContainText('おやこよりそいチャット山形');
    await expectAccessible(page);

    const form = page.getByRole('form', { name: '面談を記録する' });
    await form.getByLabel('面談日').fill('2025-03-15');
    await form.getByLabel('状態（1〜5）').fill('4');
    await form.getByLabel('メモ').fill('復帰後の業務に向けた振り返り');
    await form.getByRole('button', { name: '記録する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '面談を記録しました。' })).toBeVisible();
    const checkIns = page.getByRole('list', { name: '面談記録' });
    await expect(checkIns.getByRole('listitem').filter({ hasText: '復帰後の業務に向けた振り返り' })).toContainText(
      '2025-03-15',
    );

    await page.getByRole('link', { name: '名簿に戻る' }).click();
    await page.getByLabel('年度', { exact: true }).selectOption({ label: '令和6年度 (FY2024)' });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '令和6年度 (FY2024)の名簿をCSVで書き出す' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('secondment-roster-FY2024.csv');
    const csv = await readFile((await download.path()) as string, 'utf8');
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toMatch(/^年度,派遣元自治体,氏名,ふりがな,/);
    const row = rows.find((r) => r.includes('六甲 さくら'));
    expect(row).toMatch(/^令和6年度 \(FY2024\),神戸市,六甲 さくら,ろっこう さくら,/);
    // Check-in notes never leave in the file.
    expect(csv).not.toContain('復帰後の業務に向けた振り返り');
    await expect(page.getByRole('status').filter({ hasText: 'CSVを書き出しました。' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('opens a person and records a check-in with the keyboard alone', async ({ page }) => {
    await signInToRoster(page);
    const person = page
      .getByRole('region', { name: '現在の派遣（派遣先・部署別）' })
      .getByRole('link', { name: '元町 あおい' });
    await tabTo(page, person);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /元町 あおい/, level: 1 })).toBeVisible();

    await tabTo(page, page.getByLabel('状態（1〜5）'), 60);
    await page.keyboard.type('5');
    await tabTo(page, page.getByLabel('学びの目標'));
    await page.keyboard.type('チャット相談の記録を一人で書けるようになる');
    await tabTo(page, page.getByRole('button', { name: '記録する' }));
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('list', { name: '面談記録' }).getByRole('listitem').filter({ hasText: 'チャット相談の記録' }),
    ).toBeVisible();
  });

  test("sees Kobe's roster review once Kobe's admin made it, and filters the roster by city", async ({
    page,
    request,
  }) => {
    const problems = watchPage(page);
    await signInToRoster(page);
    const reviews = page.getByRole('table', { name: '自治体ごとの名簿の確認' });
    const kobe = reviews.getByRole('row', { name: /神戸市/ });
    // The demo's cities have not confirmed their rosters yet.
    await expect(kobe).toContainText('要確認');
    await expect(kobe).toContainText('未確認');
    await expect(reviews.getByRole('row', { name: /山形市/ })).toContainText('要確認');

    const token = await apiLogin(request, 'admin@kobe.tsunagu.example');
    await graphql(
      request,
      'mutation { markRosterReviewed }',
      {},
      { authorization: `Bearer ${token}`, 'x-tenant': 'kobe' },
    );
    await page.reload();
    await expect(kobe).toContainText('今年度確認済み');
    await expect(kobe).toContainText('神戸市 管理者');
    const today = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium' }).format(new Date());
    await expect(kobe).toContainText(today);
    await expect(reviews.getByRole('row', { name: /山形市/ })).toContainText('要確認');
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/npo2-reviews.png', fullPage: true });

    // The home city by name; the address keeps its slug, so the filtered roster can be shared.
    const table = page.getByRole('table', { name: '研修派遣の一覧' });
    await page.getByLabel('派遣元の自治体', { exact: true }).selectOption({ label: '神戸市' });
    await expect(page).toHaveURL(/city=kobe/);
    await expect(table.getByRole('link', { name: '六甲 さくら' })).toBeVisible();
    await page.getByLabel('派遣元の自治体', { exact: true }).selectOption({ label: '文京区' });
    await expect(page).toHaveURL(/city=bunkyo/);
    await expect(page.getByText('該当する派遣はありません。')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('派遣元の自治体', { exact: true })).toHaveValue('bunkyo');
    await expect(page.getByText('該当する派遣はありません。')).toBeVisible();
    await expectAccessible(page);

    // In English, the cities by their English names.
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('table', { name: 'Roster review by city' });
    await expect(english.getByRole('row', { name: /Kobe City/ })).toContainText('Reviewed this year');
    await expect(page.getByLabel('Home city', { exact: true })).toHaveValue('bunkyo');
    await expect(page.getByLabel('Home city', { exact: true }).locator('option:checked')).toHaveText('Bunkyo City');
    await page.screenshot({ path: '/tmp/npo2-reviews-en.png', fullPage: true });
    await page.getByRole('button', { name: '日本語' }).click();
    expect(problems).toEqual([]);
  });

  test("registers a secondment: the API's refusal shows on its field, and the record opens once fixed", async ({
    page,
  }) => {
    await signInToRoster(page);
    await page.getByRole('link', { name: '派遣を登録する' }).click();
    await expect(page.getByRole('heading', { name: '研修派遣を登録する', level: 1 })).toBeVisible();
    await expectAccessible(page);

    // The home city is chosen by its name: with none chosen, the form says so on the field.
    const home = page.getByLabel('派遣元の自治体');
    await page.getByRole('button', { name: '登録する' }).click();
    await expect(home).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('自治体を選んでください')).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/npo2-create-error.png' });
    await home.selectOption({ label: '神戸市' });
    await page.getByLabel('氏名').fill('須磨 はるか');
    await page.getByLabel('ふりがな').fill('すま はるか');
    await page.getByLabel('派遣元の所属').fill('福祉局');
    await page.getByLabel('職名', { exact: true }).fill('主事');
    await page.getByLabel('派遣先', { exact: true }).fill('NPO法人 つなぐデモ');
    await page.getByLabel('派遣先の部署').fill('みらいのつながりはぐくむ事業部');
    await page.getByLabel('開始日（YYYY-MM-DD）').fill('2027-04-01');
    await page.getByLabel('終了日（YYYY-MM-DD）').fill('2027-03-01');
    await page.getByRole('button', { name: '登録する' }).click();
    const endsOn = page.getByLabel('終了日（YYYY-MM-DD）');
    await expect(endsOn).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('終了日が開始日より前になっています')).toBeVisible();
    await expect(page.getByLabel('開始日（YYYY-MM-DD）')).toHaveValue('2027-04-01');
    await expectAccessible(page);

    await endsOn.fill('2028-03-31');
    await page.getByRole('button', { name: '登録する' }).click();
    await expect(page.getByRole('heading', { name: /須磨 はるか/, level: 1 })).toBeVisible();
    await expect(page.getByText('令和9年度 (FY2027)')).toBeVisible();

    // Work for another city, chosen by its name too.
    const assignment = page.getByRole('form', { name: '担当業務を追加する' });
    await assignment.getByLabel('自治体').selectOption({ label: '山形市' });
    await assignment.getByLabel('事業').fill('おやこよりそいチャット山形');
    await assignment.getByLabel('役割').fill('相談員');
    await assignment.getByLabel('割合 (%)').fill('50');
    await assignment.getByRole('button', { name: '追加する' }).click();
    await expect(
      page.getByRole('table', { name: '担当業務の一覧' }).getByRole('row', { name: /山形市/ }),
    ).toContainText('おやこよりそいチャット山形');
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/npo2-assignment.png', fullPage: true });
  });
});
