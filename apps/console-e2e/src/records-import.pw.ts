import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiLogin, expectAccessible, familyWrites, graphql, newFamily, signIn, watchPage } from './support';

const SHOTS = '/tmp/records-shots';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A kintone export of two records for Kobe's template: one for a family that wrote on LINE, one for nobody. */
function kintoneFiles(lineUserId: string): { csv: string; mapping: string } {
  const dir = mkdtempSync(join(tmpdir(), 'records-import-pw-'));
  const header = [
    'レコードの開始行',
    'レコード番号',
    'LINEユーザーID',
    '主訴',
    '虐待',
    '支援方針',
    '家族構成',
    '続柄',
    '生年月',
    '同居',
    '備考',
  ];
  const line = (cells: string[]) => cells.map((c) => `"${c}"`).join(',');
  const csv = join(dir, 'kintone-export.csv');
  writeFileSync(
    csv,
    [
      line(header),
      line([
        '*',
        '501',
        lineUserId,
        '家賃を3か月滞納している。',
        '低',
        '住居確保給付金を案内する。',
        '1',
        '母',
        '1988/6',
        'はい',
        '',
      ]),
      line([
        '',
        '501',
        lineUserId,
        '家賃を3か月滞納している。',
        '低',
        '住居確保給付金を案内する。',
        '2',
        '長女',
        '2016-04',
        'はい',
        '小学3年生',
      ]),
      line([
        '*',
        '502',
        'U0000000000000000000000000000dead',
        '食料がない。',
        '中',
        'フードバンクにつなぐ。',
        '',
        '',
        '',
        '',
        '',
      ]),
    ].join('\r\n') + '\r\n',
  );
  const mapping = join(dir, 'mapping.json');
  writeFileSync(
    mapping,
    JSON.stringify({
      family: { by: 'lineUserId', kintone: 'LINEユーザーID' },
      fields: [
        { kintone: '主訴', field: 'mainComplaint' },
        { kintone: '虐待', field: 'abuseRisk', choices: { なし: 0, 低: 1, 中: 2, 高: 3 } },
        { kintone: '支援方針', field: 'supportPlan' },
      ],
      tables: [
        {
          kintone: '家族構成',
          field: 'familyMembers',
          columns: [
            { kintone: '続柄', field: 'relation' },
            { kintone: '生年月', field: 'birthYearMonth' },
            { kintone: '同居', field: 'livingTogether' },
            { kintone: '備考', field: 'notes' },
          ],
        },
      ],
    }),
  );
  return { csv, mapping };
}

test.describe('importing case records from kintone', () => {
  test("Kobe's admin checks a kintone export row by row, imports it, and the family's case holds the record", async ({
    page,
    request,
  }) => {
    const problems = watchPage(page);
    const family = newFamily();
    await familyWrites(family.userId, 'kintoneで記録していた家族です。');
    const files = kintoneFiles(family.userId);

    await page.goto('/login');
    await signIn(page, 'admin@kobe.tsunagu.example');
    await page.getByRole('link', { name: 'kintoneからの取り込み' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('kintoneからの取り込み');
    const form = page.getByRole('form', { name: 'kintoneからの取り込み' });
    await form.getByLabel('取り込む様式').selectOption({ label: '子ども・家庭アセスメントシート' });
    await form.getByLabel('kintoneのCSVファイル').setInputFiles(files.csv);
    await form.locator('input[type=file][accept*=json]').setInputFiles(files.mapping);
    await expect(form.getByRole('textbox', { name: '対応表（JSON）' })).toHaveValue(/mainComplaint/);

    // The dry run: every row with what it would do, and why a row cannot be imported; nothing written.
    await form.getByRole('button', { name: '確認する（書き込みません）' }).click();
    await expect(page.getByText('確認の結果：作成 1件、更新 0件、変更なし 0件、取り込めない 1件')).toBeVisible();
    const rows = page.getByRole('table', { name: '行ごとの結果' }).getByRole('row');
    await expect(rows.nth(1)).toContainText('501');
    await expect(rows.nth(1)).toContainText('作成');
    await expect(rows.nth(2)).toContainText('取り込めない');
    await expect(rows.nth(2)).toContainText(
      '家族の特定: LINEユーザーID U0000000000000000000000000000dead の家族がいません。記録は、LINEアカウントに連絡したことのある家族にだけ取り込めます',
    );
    await expectAccessible(page);
    await shot(page, 'records-import-dry-run');

    // The import: progress to the end, and the counts.
    await form.getByRole('button', { name: '取り込む', exact: true }).click();
    await expect(
      page.getByText('取り込みました：作成 1件、更新 0件、変更なし 0件、取り込めなかった 1件（全 2件）'),
    ).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '2');
    await shot(page, 'records-import-done');

    // Checking the same file again: the record is found by its number, nothing new to create.
    await form.getByRole('button', { name: '確認する（書き込みません）' }).click();
    await expect(page.getByText('確認の結果：作成 0件、更新 0件、変更なし 1件、取り込めない 1件')).toBeVisible();

    // The family's case, as a counsellor reads it: the kintone record, its table included.
    const counsellor = {
      authorization: `Bearer ${await apiLogin(request, 'counselor@kobe.tsunagu.example')}`,
      'x-tenant': 'kobe',
    };
    const found = await graphql<{
      caseRecords: { edges: { node: { latestAssessment: { values: Record<string, unknown> } } }[] };
    }>(
      request,
      'query($search: String) { caseRecords(first: 5, filter: { search: $search }) { edges { node { latestAssessment { values } } } } }',
      { search: family.name },
      counsellor,
    );
    expect(found.caseRecords.edges).toHaveLength(1);
    expect(found.caseRecords.edges[0].node.latestAssessment.values).toMatchObject({
      mainComplaint: '家賃を3か月滞納している。',
      abuseRisk: 1,
      familyMembers: [
        { relation: '母', birthYearMonth: '1988-06', livingTogether: true },
        { relation: '長女', birthYearMonth: '2016-04', livingTogether: true, notes: '小学3年生' },
      ],
    });

    // English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import from kintone');
    expect(problems).toEqual([]);
  });

  test('a counsellor is not offered the import', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await expect(page).toHaveURL(/\/kobe\/inbox$/);
    await expect(page.getByRole('link', { name: 'kintoneからの取り込み' })).toHaveCount(0);
  });
});
