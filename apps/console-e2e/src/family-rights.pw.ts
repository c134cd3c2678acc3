import { mkdirSync, readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiLogin, expectAccessible, familyWrites, graphql, newFamily, referThroughApi, signIn } from './support';

const SHOTS = '/tmp/rights-shots';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A family writes in, and Kobe's counsellor opens its case through the API; the case's id. */
async function familyWithCase(request: APIRequestContext, family: { userId: string; name: string }, text: string) {
  await familyWrites(family.userId, text);
  const headers = {
    authorization: `Bearer ${await apiLogin(request, 'counselor@kobe.tsunagu.example')}`,
    'x-tenant': 'kobe',
  };
  let conversationId: string | undefined;
  for (let attempt = 0; attempt < 40 && !conversationId; attempt++) {
    const { conversations } = await graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
      request,
      'query($filter: ConversationFilter) { conversations(first: 1, filter: $filter) { edges { node { id } } } }',
      { filter: { search: family.name, status: null } },
      headers,
    );
    conversationId = conversations.edges[0]?.node.id;
    if (!conversationId) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { conversation } = await graphql<{ conversation: { registrant: { id: string } } }>(
    request,
    'query($id: ID!) { conversation(id: $id) { registrant { id } } }',
    { id: conversationId },
    headers,
  );
  const { openCaseRecord } = await graphql<{ openCaseRecord: { id: string } }>(
    request,
    'mutation($input: OpenCaseRecordInput!) { openCaseRecord(input: $input) { id } }',
    { input: { registrantId: conversation.registrant.id } },
    headers,
  );
  return openCaseRecord.id;
}

test.describe("a family's rights", () => {
  test('an admin who counsels exports one family for a disclosure request and erases another', async ({
    page,
    request,
  }) => {
    const disclosed = newFamily();
    const disclosedCase = await familyWithCase(request, disclosed, '市役所に私の記録の開示をお願いしたいです');
    const erased = newFamily();
    const erasedCase = await familyWithCase(request, erased, 'もう相談は終わりました。記録を消してください');
    await referThroughApi(request, '子育て支援の相談を希望', erased.name);

    await page.goto('/login');
    await signIn(page, 'records@kobe.tsunagu.example');
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`/kobe/cases/${disclosedCase}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(disclosed.name);
    const rights = page.getByRole('region', { name: '開示請求・消去' });
    await expect(rights).toBeVisible();

    // The export: an archive of a workbook with the family's own words, in Japanese.
    const downloading = page.waitForEvent('download');
    await rights.getByRole('button', { name: '記録をダウンロード（ZIP：Excelと写真・ファイル）' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^family-record-.*\.zip$/);
    const archive = await JSZip.loadAsync(readFileSync(await download.path()));
    const book = archive.file('family-record.xlsx');
    expect(book).not.toBeNull();
    const workbook = new Workbook();
    await workbook.xlsx.load((await book?.async('nodebuffer')) as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('相談メッセージ');
    const messages: string[] = [];
    workbook.getWorksheet('相談メッセージ')?.eachRow((row) => messages.push(JSON.stringify(row.values)));
    expect(messages.join('\n')).toContain('市役所に私の記録の開示をお願いしたいです');
    await expect(rights.getByText(/^ダウンロードしました。ZIPを展開すると/)).toBeVisible();
    await expectAccessible(page);

    // Erasure: the lists first, then the family's name typed back.
    await page.goto(`/kobe/cases/${erasedCase}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(erased.name);
    await rights.getByRole('button', { name: 'この家族を消去する…' }).click();
    const goes = rights.getByRole('list', { name: '消去するもの' });
    const stays = rights.getByRole('list', { name: '残すもの（市が保存しなければならない記録）' });
    await expect(goes).toContainText(/相談メッセージ（[1-9]\d* 件）/);
    await expect(goes).toContainText('ケース記録（1 件）');
    await expect(stays).toContainText('つなぎ先に送付したつなぎとその経過');
    await expect(stays).toContainText('（1 件）');
    await expect(stays).toContainText('監査記録');
    const confirm = rights.getByRole('button', { name: '消去する', exact: true });
    await expect(confirm).toBeDisabled();
    const typed = rights.getByLabel(`確認のため、家族の表示名「${erased.name}」を入力してください`);
    await typed.fill('別の名前');
    await expect(confirm).toBeDisabled();
    await expectAccessible(page);
    await shot(page, 'erasure-plan');
    await typed.fill(erased.name);
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await expect(page.getByText(`${erased.name} さんの記録を消去しました`)).toBeVisible();

    // The family is gone from the case list.
    await page.getByRole('link', { name: 'ケース記録' }).last().click();
    await page.getByLabel('検索（家族の名前、記録の内容、タグ）').fill(erased.name);
    await page.getByRole('button', { name: '検索する' }).click();
    await expect(page.getByText('該当するケースはありません。')).toBeVisible();

    // The retention of closed cases, beside the templates.
    await page.goto('/kobe/settings/assessment-templates');
    const retention = page.getByRole('region', { name: '終結したケースの保存期間' });
    await expect(retention.getByLabel('保存期間（年）')).toHaveValue('5');
    await retention.getByLabel('保存期間（年）').fill('0');
    await retention.getByRole('button', { name: '保存する' }).click();
    await expect(retention.getByText('1〜30 の年数を入力してください')).toBeVisible();
    await retention.getByLabel('保存期間（年）').fill('7');
    await retention.getByRole('button', { name: '保存する' }).click();
    await expect(retention.getByText('保存しました。')).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('region', { name: '終結したケースの保存期間' }).getByLabel('保存期間（年）'),
    ).toHaveValue('7');
    await expectAccessible(page);
    await shot(page, 'retention');

    // The report's case-records section: open cases by risk and the needs assessments name.
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '活動報告' }).click();
    const byRisk = page.getByRole('region', { name: /対応中のケース（月末、リスク別）/ });
    await expect(byRisk.getByRole('rowheader', { name: 'リスク 3（高）' })).toBeVisible();
    await expect(page.getByRole('region', { name: /アセスメントで挙げられたニーズ（ケース数）/ })).toBeVisible();
    await byRisk.screenshot({ path: `${SHOTS}/report-cases.png` });
  });

  test('a counsellor who is not an admin reads the case but has no export or erasure', async ({ page, request }) => {
    const family = newFamily();
    const caseId = await familyWithCase(request, family, '相談があります');
    await page.goto('/login');
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await expect(page).toHaveURL(/\/kobe\/inbox$/);
    await page.goto(`/kobe/cases/${caseId}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(family.name);
    await expect(page.getByRole('region', { name: '変更履歴' })).toBeVisible();
    await expect(page.getByRole('region', { name: '開示請求・消去' })).toHaveCount(0);
  });
});
