import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, watchPage } from './support';

test.describe("the programmes a city commissions, and their contracts' KPIs", () => {
  // One name a run, so the journey also passes on a database a previous run left behind.
  const programme = `こうべ子育てひろば ${Date.now() % 100000}`;
  const contract = '令和7年度 こうべ子育てひろば運営業務委託';

  test("Kobe's admin adds a programme on its LINE channel and a contract with two KPIs", async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'admin@kobe.tsunagu.example');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事業' }).click();
    await expect(page.getByRole('heading', { name: '事業', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'ここならチャットKOBE', level: 2 })).toBeVisible();
    await expect(page.getByRole('heading', { name: '神戸こども宅食', level: 2 })).toBeVisible();

    await page.getByRole('button', { name: '新しい事業を登録する' }).click();
    const form = page.getByRole('form', { name: '事業' });
    await form.getByLabel('事業名').fill(programme);
    await form.getByLabel('種類').selectOption('EVENTS');
    await form.getByLabel('開始日（例: 2023-11-01）').fill('2025-04-01');
    await form.getByRole('checkbox', { name: 'ここならチャットKOBE' }).check();
    await form.getByRole('checkbox', { name: '神戸市 事務局' }).check();
    await expectAccessible(page);
    await form.getByRole('button', { name: '保存する' }).click();
    const card = page.getByRole('region', { name: programme });
    await expect(card).toContainText('イベント');
    await expect(card).toContainText('ここならチャットKOBE');
    await expect(card).toContainText('神戸市 事務局');

    await card.getByRole('button', { name: `${programme} に契約を追加` }).click();
    const editor = card.getByRole('form', { name: '契約' });
    // Dates are checked before anything is sent.
    await editor.getByLabel(/契約名/).fill(contract);
    await editor.getByLabel(/委託元の部署/).fill('神戸市こども家庭局');
    await editor.getByLabel('契約番号').fill('神こ家第R7-0999号');
    await editor.getByLabel('契約の開始日').fill('2025-04-01');
    await editor.getByLabel('契約の終了日').fill('2025-03-31');
    await editor.getByRole('button', { name: 'KPIを追加' }).click();
    await editor.getByLabel('指標', { exact: true }).nth(0).selectOption('CONSULTATIONS');
    await editor.getByLabel('目標値').nth(0).fill('250');
    await editor.getByRole('button', { name: 'KPIを追加' }).click();
    await editor.getByLabel('指標', { exact: true }).nth(1).selectOption('ANSWERED_WITHIN_MINUTES');
    await editor
      .getByLabel(/契約上の名称/)
      .nth(1)
      .fill('30分以内の初回応答率');
    await editor.getByLabel('目標値').nth(1).fill('80');
    await editor.getByRole('button', { name: '保存する' }).click();
    await expect(editor.getByText('終了日は開始日以降にしてください')).toBeVisible();
    await expect(editor.getByText('1〜1440分で入力してください')).toBeVisible();
    await editor.getByLabel('契約の終了日').fill('2026-03-31');
    await editor.getByLabel('何分以内').fill('30');
    await expectAccessible(page);
    await editor.getByRole('button', { name: '保存する' }).click();

    const saved = card.getByRole('article').filter({ hasText: contract });
    await expect(saved).toContainText('神戸市こども家庭局');
    await expect(saved).toContainText('2025-04-01〜2026-03-31');
    await expect(saved).toContainText('相談件数: 250');
    await expect(saved).toContainText('30分以内の初回応答率: 80%');
    await page.screenshot({ path: '/tmp/programmes-admin.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  test("Kobe's viewer reads the contract's KPIs and the report cut by the programme, in both languages", async ({
    page,
  }) => {
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'viewer@kobe.tsunagu.example');
    const menu = page.getByRole('navigation', { name: 'メインメニュー' });
    await menu.getByRole('link', { name: '事業' }).click();
    // Viewers read, never edit.
    await expect(page.getByRole('button', { name: '新しい事業を登録する' })).toHaveCount(0);
    await page.getByRole('link', { name: `${contract} のKPIを見る` }).click();
    await expect(page.getByRole('heading', { name: contract, level: 1 })).toBeVisible();
    await expect(page.getByTestId('kpi-period')).toHaveText('2025-04-01〜2026-03-31');
    const table = page.getByRole('table', { name: `${contract}の目標と実績` });
    await expect(table.getByRole('row')).toHaveCount(3);
    // All of Kobe's demo year is on the programme's channel: hundreds of consultations.
    await expect(table.getByTestId('kpi-actual-CONSULTATIONS')).toHaveText(/^\d{1,3},\d{3}$|^\d{3}$/);
    await expect(table.getByRole('rowheader', { name: /30分以内の初回応答率/ })).toBeVisible();
    await expect(page.getByRole('region', { name: '表の見方' })).toContainText('5件未満の件数');
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/programmes-kpis.png', fullPage: true });

    // The report, from the KPI page, cut by the programme: the seeded consultation programme's KPIs link back.
    await page.getByRole('link', { name: 'この事業で絞り込んだ活動報告' }).click();
    await expect(page.getByRole('heading', { name: '活動報告', level: 1 })).toBeVisible();
    await expect(page.getByTestId('report-period')).toHaveText(`${programme} 令和7年度 (FY2025)`);
    await page.getByLabel('事業', { exact: true }).selectOption({ label: 'ここならチャットKOBE' });
    await expect(page.getByTestId('report-period')).toHaveText('ここならチャットKOBE 令和7年度 (FY2025)');
    await expect(page).toHaveURL(/programme=/);
    const kpis = page.getByRole('region', { name: '事業のKPI' });
    // Each contract's KPIs in the report itself, over the contract's period, with a link to its page.
    await expect(kpis.getByRole('link')).toHaveText([
      'ここならチャットKOBE：令和7年度 ここならチャットKOBE運営業務委託（2025-04-01〜2026-03-31）',
    ]);
    await expect(kpis.getByTestId('kpi-actual-CONSULTATIONS')).toHaveText(/^\d{1,3},\d{3}$|^\d{3}$/);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.screenshot({ path: '/tmp/programmes-report.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await kpis.getByRole('link').click();
    await expect(page.getByRole('heading', { name: '令和7年度 ここならチャットKOBE運営業務委託' })).toBeVisible();
    await expect(page.getByTestId('kpi-actual-REFERRALS')).not.toHaveText('');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('columnheader', { name: 'Target' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the programmes' })).toBeVisible();
    await page.screenshot({ path: '/tmp/programmes-kpis-en.png', fullPage: true });
    expect(problems).toEqual([]);
  });
});
