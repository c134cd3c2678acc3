import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { apiLogin, expectAccessible, familyWrites, graphql, newFamily, signIn, watchPage } from './support';

const SHOTS = '/tmp/records-shots';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test.describe('case records', () => {
  test('a counsellor opens a family from the inbox, fills its assessment and sets the review date', async ({
    page,
  }) => {
    const problems = watchPage(page);
    const family = newFamily();
    await familyWrites(family.userId, '家賃が払えず、子どもの食事も心配です。');
    await page.goto('/login');
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await expect(page).toHaveURL(/\/kobe\/inbox$/);

    // From the inbox: the family's conversation, whose card says it has no case yet.
    const row = page.getByRole('list', { name: '相談の一覧' }).getByRole('link').filter({ hasText: family.name });
    await expect(row).toBeVisible({ timeout: 20_000 });
    await row.click();
    const card = page.getByTestId('family-case');
    await expect(card).toContainText('まだケース記録はありません');
    await expectAccessible(page);
    await card.getByRole('button', { name: 'ケースを開く' }).click();

    // The case page: a new assessment on Kobe's template.
    await expect(page.getByRole('heading', { level: 1 })).toContainText(family.name);
    await page.getByRole('button', { name: /新しいアセスメント/ }).click();
    const form = page.getByRole('form', { name: '子ども・家庭アセスメントシート' });
    await expect(form).toBeVisible();
    await expectAccessible(page);

    // The family: two rows of the table, the second with a wrong year-month.
    await form.getByRole('button', { name: '行を追加' }).click();
    await form.getByRole('button', { name: '行を追加' }).click();
    const first = form.getByRole('group', { name: '1行目' });
    await first.getByLabel('続柄').fill('母');
    await first.getByLabel('生年月').fill('1988-06');
    const second = form.getByRole('group', { name: '2行目' });
    await second.getByLabel('続柄').fill('長女');
    await second.getByLabel('生年月').fill('2016-13');
    await form.getByLabel('主訴').fill('家賃を滞納しており、子どもの食事も十分でない。');
    await form.getByRole('group', { name: '主な収入' }).getByLabel('児童扶養手当').check();
    await form.getByLabel('滞納・借金').selectOption({ label: 'はい' });
    await form.getByLabel('虐待').selectOption({ label: '1 低' });
    await form.getByLabel('生活困窮').selectOption({ label: '3 高' });
    await form.getByLabel('支援方針').fill('住居確保給付金の申請を案内し、フードバンクにつなぐ。');
    await form.getByRole('button', { name: 'アセスメントを保存する' }).click();

    // Refused: the error shows on the cell that is wrong, and what was typed stays.
    await expect(form.getByText('入力内容を確認してください。')).toBeVisible();
    const cell = second.getByLabel('生年月');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(second).toContainText('年月（YYYY-MM、例 2016-04）で入力してください');
    await expect(form.getByLabel('主訴')).toHaveValue('家賃を滞納しており、子どもの食事も十分でない。');
    await expectAccessible(page);
    await shot(page, 'assessment-errors');

    // Corrected and saved: the assessment shows under its template version.
    await cell.fill('2016-12');
    await form.getByRole('button', { name: 'アセスメントを保存する' }).click();
    await expect(page.getByText('アセスメントを保存しました。')).toBeVisible();
    const assessment = page.getByTestId('assessment').first();
    await expect(assessment).toContainText('第1版');
    await expect(assessment).toContainText('児童扶養手当');
    await expect(assessment).toContainText('2016年12月');

    // The review date and risk, kept in the history with who changed them.
    await page.getByLabel('次回確認日').fill('2027-01-15');
    await page.getByLabel('リスク', { exact: true }).selectOption({ label: '3 高' });
    await page.getByRole('button', { name: '保存する', exact: true }).click();
    await expect(page.getByText('保存しました。', { exact: true })).toBeVisible();
    const history = page.getByRole('list', { name: '変更履歴' });
    await expect(history).toContainText('次回確認日: （空） → 2027年1月15日');
    await expect(history).toContainText('家族構成 2行目 生年月: （空） → 2016年12月');
    await expectAccessible(page);
    await shot(page, 'case-page');

    // Back in the conversation, the card shows the case.
    await page.getByRole('link', { name: '相談を開く' }).click();
    await expect(card).toContainText('2027年1月15日');
    await expect(card).not.toContainText('2027-01-15');
    await expect(card).toContainText('3 高');
    await expect(card).toContainText('家賃を滞納しており');
    await shot(page, 'family-card');

    // The case list: the demo's cases and this one; a two-character search finds it.
    await page.getByRole('navigation').getByRole('link', { name: 'ケース記録' }).click();
    await expect(page.getByTestId('case-row').first()).toBeVisible();
    expect(await page.getByTestId('case-row').count()).toBeGreaterThan(30);
    await page.getByLabel('検索（家族の名前、記録の内容、タグ）').fill('滞納');
    await page.getByRole('button', { name: '検索する' }).click();
    await expect(page.getByTestId('case-row').filter({ hasText: family.name })).toBeVisible();
    await page.getByLabel('リスク').selectOption({ label: '3 高' });
    await expect(page).toHaveURL(/risk=3/);
    await expect(page.getByTestId('case-row').filter({ hasText: family.name })).toBeVisible();
    await expectAccessible(page);
    await shot(page, 'case-list');
    expect(problems).toEqual([]);
  });

  test('an admin sees the template and its versions; a plain admin has no case list', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'admin@kobe.tsunagu.example');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'アセスメントシートの様式' }).click();
    await expect(page.getByRole('heading', { name: '子ども・家庭アセスメントシート' })).toBeVisible();
    await expect(page.getByText('版: 1')).toBeVisible();
    await expect(nav.getByRole('link', { name: 'ケース記録' })).toHaveCount(0);
    await page.getByRole('button', { name: 'この様式を編集する' }).click();
    await expect(page.getByRole('group', { name: '項目 家族構成' })).toBeVisible();
    await expectAccessible(page);
    await shot(page, 'template-editor');
    expect(problems).toEqual([]);
  });

  test('a new version of the template: an older assessment is previewed field by field, then moved', async ({
    page,
    request,
  }) => {
    // The admin adds an optional field: version 2.
    const admin = {
      authorization: `Bearer ${await apiLogin(request, 'admin@kobe.tsunagu.example')}`,
      'x-tenant': 'kobe',
    };
    const { assessmentTemplates } = await graphql<{
      assessmentTemplates: { id: string; latestVersion: { definition: { sections: { fields: object[] }[] } } }[];
    }>(request, '{ assessmentTemplates { id latestVersion { definition } } }', {}, admin);
    const [template] = assessmentTemplates;
    const sections = template.latestVersion.definition.sections;
    sections[sections.length - 1].fields.push({ key: 'visitNote', label: '訪問メモ', kind: 'LONG_TEXT' });
    await graphql(
      request,
      'mutation($input: PublishAssessmentTemplateVersionInput!) { publishAssessmentTemplateVersion(input: $input) { id } }',
      { input: { templateId: template.id, sections } },
      admin,
    );

    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await page.getByRole('navigation').getByRole('link', { name: 'ケース記録' }).click();
    await page.getByTestId('case-row').last().getByRole('link').click();
    const assessment = page.getByTestId('assessment').first();
    await expect(assessment).toContainText('第1版');
    await assessment.getByRole('button', { name: '最新の版への移行を確認' }).click();
    const preview = assessment.getByRole('region', { name: '第1版から第2版へ' });
    await expect(preview).toContainText('訪問メモ: 新しい項目（空欄）');
    await expect(preview).toContainText('主訴: そのまま引き継ぐ');
    await expectAccessible(page);
    await shot(page, 'migration-preview');
    await preview.getByRole('button', { name: '第2版に移行する' }).click();
    await expect(page.getByText('移行しました。')).toBeVisible();
    await expect(page.getByTestId('assessment').first()).toContainText('第2版');
    await expect(page.getByRole('list', { name: '変更履歴' })).toContainText(
      '子ども・家庭アセスメントシートを第1版から第2版へ移行',
    );
    expect(problems).toEqual([]);
  });
});
