import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectAccessible, familyWrites, newFamily, signIn, watchPage } from './support';

/** What this run adds carries a mark of its own, so the journey needs no other spec's data. */
const run = randomUUID().slice(0, 6);

test.describe('what Kobe knows of its families', () => {
  test("the admin defines an attribute; a counsellor sets a family's values and a tag in the family card", async ({
    browser,
  }) => {
    // The admin: 家族の属性 in the menu, the demo's attributes listed, a new one added.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    const adminProblems = watchPage(admin);
    await admin.goto('/login');
    await signIn(admin, 'admin@kobe.tsunagu.example');
    await expect(admin).toHaveURL(/\/kobe\//);
    await admin.getByRole('link', { name: '家族の属性' }).click();
    await expect(admin.getByRole('heading', { name: '家族の属性', level: 1 })).toBeVisible();
    const list = admin.getByRole('list', { name: '登録済みの属性' });
    await expect(list).toContainText('お住まいの区');
    await expect(list).toContainText('子どもの生年月');
    await expectAccessible(admin);

    const label = `学年${run}`;
    const form = admin.getByRole('form', { name: '属性を追加' });
    // A key that is not ASCII is refused on its field before anything is sent.
    await form.getByLabel('キー（半角英小文字・数字・_）').fill('学年');
    await form.getByLabel('表示名', { exact: true }).fill(label);
    await form.getByRole('button', { name: '追加する' }).click();
    await expect(form.getByText('配信条件が参照する名前です。あとから変更できません。')).toBeVisible();
    await form.getByLabel('キー（半角英小文字・数字・_）').fill(`school_${run}`);
    await form.getByLabel('種類').selectOption({ label: 'ひとつ選ぶ' });
    await form.getByLabel('選択肢（1行に1つ、20文字以内）').fill('未就学\n小学生\n中学生');
    await form.getByRole('button', { name: '追加する' }).click();
    await expect(list.getByTestId('attribute').filter({ hasText: label })).toContainText('未就学、小学生、中学生');
    await expectAccessible(admin);
    await admin.screenshot({ path: 'test-results/console-e2e/audience-settings.png', fullPage: true });

    // The admin's own LINE as a test recipient: a one-time code to send to Kobe's channel.
    await admin.getByRole('link', { name: 'アカウント' }).click();
    const recipients = admin.getByRole('region', { name: 'テスト配信の受信者' });
    await recipients.getByRole('button', { name: 'コードを表示' }).first().click();
    await expect(recipients.getByRole('status')).toContainText(/T-[2-9A-HJ-NP-Z]{6}/);
    await expectAccessible(admin);
    await admin.screenshot({ path: 'test-results/console-e2e/audience-test-recipients.png', fullPage: true });
    expect(adminProblems).toEqual([]);

    // A family writes; a counsellor opens the conversation and fills in the family card.
    const family = newFamily();
    await familyWrites(family.userId, '子どもの学校のことで相談したいです。');
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await expect(page).toHaveURL(/\/kobe\/inbox$/);
    const row = page.getByRole('list', { name: '相談の一覧' }).getByRole('link').filter({ hasText: family.name });
    await expect(row).toBeVisible({ timeout: 20_000 });
    await row.click();
    const card = page.getByRole('complementary', { name: '相談者' });
    const about = card.getByRole('region', { name: '家族について' });
    await expect(about).toContainText('まだ記録がありません。');
    await about.getByRole('button', { name: '属性とタグを編集' }).click();
    const edit = about.getByRole('form', { name: '属性とタグを編集' });
    await edit.getByLabel(label).selectOption('小学生');
    await edit.getByLabel('お住まいの区').selectOption('中央区');
    await edit.getByLabel('子どもの生年月').fill('2018-05, 2024-12');
    await edit.getByLabel('新しいタグ').fill(`ひとり親${run}`);
    await edit.getByRole('button', { name: 'タグを追加' }).click();
    await expect(edit.getByRole('list', { name: 'タグ' })).toContainText(`ひとり親${run}`);
    await expectAccessible(page);
    await edit.getByRole('button', { name: '保存する' }).click();
    await expect(about.getByRole('status')).toHaveText('保存しました。');
    const values = about.getByTestId('family-values');
    await expect(values).toContainText('小学生');
    await expect(values).toContainText('中央区');
    await expect(values).toContainText('2018-05、2024-12');
    await expect(about).toContainText(`ひとり親${run}`);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/console-e2e/audience-family-card.png', fullPage: true });

    // Saved: another look after a reload shows the same.
    await page.reload();
    await expect(page.getByRole('region', { name: '家族について' }).getByTestId('family-values')).toContainText(
      '小学生',
    );
    expect(problems).toEqual([]);
  });
});
