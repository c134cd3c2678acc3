import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, signIn, watchPage } from './support';

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe("reports for the city's officials", () => {
  test("Kobe's viewer opens the FY2025 report with the keyboard alone, reads the marks and downloads the PDF", async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.goto('/login');
    await page.getByLabel('メールアドレス').focus();
    await page.keyboard.type('viewer@kobe.tsunagu.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('tenant-name')).toHaveText('神戸市');

    // The menu offers the reports; the viewer goes there by Tab and Enter.
    const menu = page.getByRole('navigation', { name: 'メインメニュー' });
    await tabTo(page, menu.getByRole('link', { name: '活動報告' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: '活動報告', level: 1 })).toBeVisible();

    // The fiscal year picker: one year back is 令和7年度.
    const year = page.getByLabel('年度', { exact: true });
    await tabTo(page, year);
    await page.keyboard.press('ArrowDown');
    await expect(year).toHaveValue('2025');
    await expect(page.getByTestId('report-period')).toHaveText('令和7年度 (FY2025)');
    await expect(page).toHaveURL(/fy=2025/);

    // The PDF, downloaded with the keyboard.
    await tabTo(page, page.getByRole('button', { name: 'PDF形式でダウンロード' }));
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('kobe-report-FY2025.pdf');
    const content = await readFile(String(await download.path()));
    expect(content.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(content.length).toBeGreaterThan(10_000);
    await expect(page.getByRole('status').filter({ hasText: 'PDFをダウンロードしました。' })).toBeVisible();

    // Small counts are hidden as <5 (the tenant's k), protecting cells as x; the legend says what both mean.
    const opened = page.getByRole('region', { name: /新規相談（家庭の初回の相談、分類別）/ });
    const dv = opened.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'DV' }) });
    await expect(dv.getByRole('cell').first()).toHaveText('<5');
    await expect(page.getByRole('cell', { name: 'x', exact: true }).first()).toBeVisible();
    const legend = page.getByRole('region', { name: '表の見方' });
    await expect(legend).toContainText('<5');
    await expect(legend).toContainText('5件未満の件数');
    await expect(legend).toContainText('逆算できないよう伏せた値');
    await expect(page.getByRole('cell', { name: '<k' })).toHaveCount(0);

    // The charts of the year: SVG images with a title, and the figures as a table on request.
    const consultations = page.getByRole('img', { name: '新規相談（家庭の初回の相談）' });
    await expect(consultations).toBeVisible();
    await expect(page.getByRole('img', { name: '初回応答時間（分）' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'つなぎの完了（結果別）' })).toBeVisible();
    await expect(page.getByRole('img', { name: '登録者数（月末）' })).toBeVisible();
    const figures = page.getByRole('figure', { name: '新規相談（家庭の初回の相談）' }).getByText('数値を表で見る');
    await tabTo(page, figures);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: '新規相談（家庭の初回の相談）' })).toBeVisible();

    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.screenshot({ path: '/tmp/reports-viewer.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectAccessible(page);

    // Exact counts and the settings are not the viewer's.
    await expect(page.getByLabel('実数を表示する（秘匿処理なし）')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '報告の設定' })).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test("Kobe's admin sees exact figures on request and the report settings; the platform admin sees each city", async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'admin@kobe.tsunagu.example');
    await expect(page.getByTestId('tenant-name')).toHaveText('神戸市');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '活動報告' }).click();
    await page.getByLabel('年度', { exact: true }).selectOption('2025');
    const opened = page.getByRole('region', { name: /新規相談（家庭の初回の相談、分類別）/ });
    const dv = opened.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'DV' }) });
    await expect(dv.getByRole('cell').first()).toHaveText('<5');

    await page.getByLabel('実数を表示する（秘匿処理なし）').check();
    await expect(page.getByText('実数を表示しています。')).toBeVisible();
    await expect(page.getByRole('region', { name: '表の見方' })).toContainText('実数です');
    await expect(dv.getByRole('cell').first()).toHaveText(/^\d+$/);
    // The report's own tables; the contracts' KPIs above them stay suppressed, as on their pages.
    await expect(page.getByRole('region', { name: '集計表' }).getByRole('cell', { name: '<5' })).toHaveCount(0);

    // The settings: a recipient added and saved.
    const settings = page.getByRole('region', { name: '報告の設定' });
    await expect(settings.getByLabel(/秘匿の基準 k/)).toHaveValue('5');
    const liaison = `liaison.${Date.now()}@city.kobe.example.jp`;
    await settings.getByLabel('追加するメールアドレス').fill(liaison);
    await settings.getByRole('button', { name: '追加', exact: true }).click();
    await expect(settings.getByTestId('report-recipients')).toContainText(liaison);
    await settings.getByRole('button', { name: '設定を保存する' }).click();
    await expect(settings.getByRole('status').filter({ hasText: '報告の設定を保存しました。' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('region', { name: '報告の設定' }).getByTestId('report-recipients')).toContainText(
      liaison,
    );

    // Mailed now to the recipients: the history shows it, sent by hand.
    await page.getByRole('button', { name: '令和7年度 (FY2025)の報告をいま送付する' }).click();
    const runs = page.getByRole('region', { name: 'メール送付の履歴' });
    await expect(
      runs.getByRole('status').filter({ hasText: '令和7年度 (FY2025)の報告を送付先に送ります。' }),
    ).toBeVisible();
    const run = runs.getByTestId('report-run').filter({ hasText: '手動送付' }).first();
    await expect(run).toContainText('令和7年度 (FY2025)');
    await expect(async () => {
      await page.reload();
      // Locators find their element again after the reload.
      await expect(run).toContainText('送付済み', { timeout: 10_000 });
    }).toPass({ timeout: 45_000 });

    // One month: its column alone, as the year shows it.
    await page.getByLabel('月', { exact: true }).selectOption({ label: '2025年4月' });
    await expect(page.getByTestId('report-period')).toHaveText('2025年4月');
    await expect(opened.getByRole('columnheader')).toHaveText(['項目', '2025年4月']);
    await page.getByLabel('月', { exact: true }).selectOption({ label: '年度全体' });
    await expect(page.getByTestId('report-period')).toHaveText('令和7年度 (FY2025)');

    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.screenshot({ path: '/tmp/reports-admin.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Activity report', level: 1 })).toBeVisible();
    await expect(page.getByRole('img', { name: "Conversations opened (a family's first)" })).toBeVisible();
    await expect(page.getByRole('region', { name: 'How to read the tables' })).toContainText('Exact counts');
    await page.screenshot({ path: '/tmp/reports-en.png' });
    await page.getByRole('button', { name: '日本語' }).click();

    // The platform admin: the sum, and each city at its own k.
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, 'platform@tsunagu.example');
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: 'プラットフォーム報告' })
      .click();
    await page.getByLabel('年度', { exact: true }).selectOption('2025');
    const cities = page.getByRole('region', { name: /自治体別の内訳/ });
    await expect(cities.getByRole('columnheader', { name: '神戸市（k=5）' })).toBeVisible();
    await expect(cities.getByRole('columnheader', { name: /山形市/ })).toBeVisible();
    const kobeOpened = cities
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /新規相談.*新規相談（計）/ }) });
    await expect(kobeOpened).toHaveCount(1);
    await expect(cities.getByRole('cell', { name: '<5' }).first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/reports-platform.png', fullPage: true });

    // A counsellor is offered no report, and the page says why if opened anyway.
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await expect(page.getByRole('heading', { name: '受信箱' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '活動報告' }),
    ).toHaveCount(0);
    await page.goto('/kobe/reports?fy=2025');
    await expect(page.getByRole('alert')).toHaveText('この操作を行う権限がありません。');
    expect(problems).toEqual([]);
  });
});
