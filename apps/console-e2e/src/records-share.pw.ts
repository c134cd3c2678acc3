import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, familyWrites, newFamily, signIn, watchPage } from './support';

const SHOTS = '/tmp/records-shots';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function signedIn(browser: Browser, email: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const problems = watchPage(page);
  await page.goto('/login');
  await signIn(page, email);
  return { page, problems };
}

test.describe('case records shared with a partner', () => {
  test('a counsellor opens a family from the inbox, fills the assessment, sets a review date, refers the family sharing two fields; the partner reads those two', async ({
    browser,
  }) => {
    const family = newFamily();
    await familyWrites(family.userId, '仕事を失って、子どもの給食費も払えていません。');
    const counsellor = await signedIn(browser, 'counselor@kobe.tsunagu.example');
    const page = counsellor.page;
    await expect(page).toHaveURL(/\/kobe\/inbox$/);

    // The family from the inbox; its case opened from the card.
    const row = page.getByRole('list', { name: '相談の一覧' }).getByRole('link').filter({ hasText: family.name });
    await expect(row).toBeVisible({ timeout: 20_000 });
    await row.click();
    const card = page.getByTestId('family-case');
    await card.getByRole('button', { name: 'ケースを開く' }).click();

    // The assessment on Kobe's template.
    await expect(page.getByRole('heading', { level: 1 })).toContainText(family.name);
    await page.getByRole('button', { name: /新しいアセスメント/ }).click();
    const form = page.getByRole('form', { name: '子ども・家庭アセスメントシート' });
    await form.getByRole('button', { name: '行を追加' }).click();
    const first = form.getByRole('group', { name: '1行目' });
    await first.getByLabel('続柄').fill('父');
    await first.getByLabel('生年月').fill('1985-09');
    await form.getByLabel('主訴').fill('失職し、給食費と家賃の支払いが難しい。DVの相談歴あり。');
    await form.getByRole('group', { name: '主な収入' }).getByLabel('児童扶養手当').check();
    await form.getByRole('group', { name: '主な収入' }).getByLabel('その他').check();
    await form.getByLabel('虐待').selectOption({ label: '0 なし' });
    await form.getByLabel('支援方針').fill('就労支援と食の支援につなぐ。');
    await form.getByRole('button', { name: 'アセスメントを保存する' }).click();
    await expect(page.getByText('アセスメントを保存しました。')).toBeVisible();
    const assessment = page.getByTestId('assessment').first();
    await expect(assessment).toContainText('1985年9月');

    // The review date, and the history as a person reads it.
    await page.getByLabel('次回確認日').fill('2027-02-01');
    await page.getByRole('button', { name: '保存する', exact: true }).click();
    await expect(page.getByText('保存しました。', { exact: true })).toBeVisible();
    const history = page.getByRole('list', { name: '変更履歴' });
    await expect(history).toContainText('次回確認日: （空） → 2027年2月1日');
    await expect(history).toContainText('家族構成 1行目 続柄: （空） → 父');
    await expect(history).toContainText('経済状況 › 主な収入: （空） → 児童扶養手当、その他');
    await expect(history).toContainText('アセスメントを追加（子ども・家庭アセスメントシート 第1版）');
    await expect(history).not.toContainText('values.');
    await expectAccessible(page);
    await shot(page, 'share-case-history');

    // Back in the conversation: refer the family, passing on two fields of the assessment.
    await page.getByRole('link', { name: '相談を開く' }).click();
    await expect(card).toContainText('2027年2月1日');
    await page.getByRole('button', { name: '連携先につなぐ' }).click();
    const dialog = page.getByRole('dialog', { name: '連携先につなぐ（紹介）' });
    await dialog.getByLabel('名前で検索').fill('こども家庭センター');
    await dialog.getByRole('radio', { name: /神戸市こども家庭センター/ }).check();
    await dialog.getByLabel('同意の目的').fill('生活の立て直しの支援につなぐため');
    await dialog.getByLabel('概要').fill('失職したひとり親家庭。食の支援と就労支援を希望。');
    await dialog.getByRole('checkbox', { name: /表示名を伝える/ }).check();
    const fields = dialog.getByRole('group', { name: 'アセスメントから伝える項目' });
    await expect(fields).toContainText('失職し、給食費と家賃の支払いが難しい。');
    await fields.getByRole('checkbox', { name: /家族構成/ }).check();
    await fields.getByRole('checkbox', { name: /主な収入/ }).check();
    await expectAccessible(page);
    await shot(page, 'share-refer-dialog');
    await dialog.getByRole('button', { name: '同意を記録して送る' }).click();
    await expect(dialog).toBeHidden();

    // The partner's page: the two fields, labelled, and nothing else of the assessment.
    const partner = await signedIn(browser, 'partner@kobe.tsunagu.example');
    await expect(partner.page).toHaveURL(/\/kobe\/referrals$/);
    const arrived = partner.page
      .getByRole('list', { name: /回答待ちの紹介/ })
      .getByRole('listitem')
      .filter({ hasText: family.name });
    await arrived.getByRole('link', { name: family.name }).click();
    const shared = partner.page.getByTestId('shared-assessment');
    await expect(shared).toContainText('主な収入');
    await expect(shared).toContainText('児童扶養手当、その他');
    await expect(shared).toContainText('続柄');
    await expect(shared).toContainText('父');
    await expect(shared).toContainText('1985年9月');
    await expect(shared.getByRole('term')).toHaveCount(2);
    const region = partner.page.getByRole('region', { name: '共有された内容' });
    await expect(region).not.toContainText('給食費と家賃');
    await expect(region).not.toContainText('就労支援と食の支援につなぐ');
    // The timeline says which fields went, by label.
    await expect(
      partner.page.getByTestId('referral-step').filter({ hasText: 'アセスメントの項目を共有' }),
    ).toContainText('家族構成、主な収入');
    await expectAccessible(partner.page);
    await shot(partner.page, 'share-partner');

    // From the conversation again, the counsellor reads the assessment and corrects it.
    await page.getByTestId('family-case').getByRole('link', { name: 'ケース記録を開く' }).click();
    await page.getByTestId('assessment').first().getByRole('button', { name: '編集する' }).click();
    const edit = page.getByRole('form', { name: '子ども・家庭アセスメントシート' });
    await expect(edit.getByLabel('主訴')).toHaveValue('失職し、給食費と家賃の支払いが難しい。DVの相談歴あり。');
    await edit.getByRole('group', { name: '主な収入' }).getByLabel('その他').uncheck();
    await edit.getByLabel('生活困窮').selectOption({ label: '2 中' });
    await edit.getByRole('button', { name: 'アセスメントを保存する' }).click();
    await expect(page.getByText('アセスメントを保存しました。')).toBeVisible();
    await expect(history).toContainText('経済状況 › 主な収入: 児童扶養手当、その他 → 児童扶養手当');
    await expect(history).toContainText('リスク評価 › 生活困窮: （空） → 2 中');
    // What the partner was sent stays as it was.
    await partner.page.reload();
    await expect(partner.page.getByTestId('shared-assessment')).toContainText('児童扶養手当、その他');
    expect([...counsellor.problems, ...partner.problems]).toEqual([]);
  });
});
