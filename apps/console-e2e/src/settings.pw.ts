import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { apiLogin, expectAccessible, graphql, signIn, watchPage } from './support';

// The demo tenants need no MFA (the seed clears `mfaRequiredRoles`), so Kobe's admin signs in with the password.
const ADMIN = 'admin@kobe.tsunagu.example';

/** What this run adds carries a mark of its own: the journey needs no other spec's data, nor leaves any in their way. */
const run = randomUUID().slice(0, 6);

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/kobe\/inbox$/);
}

test.describe("Kobe's admin keeps the inbox settings and the partner directory", () => {
  test('adds a crisis contact while another admin adds one, tries a sentence, adds a canned response a counsellor then finds with /', async ({
    page,
    browser,
    request,
  }) => {
    const problems = watchPage(page);
    await signInAsAdmin(page);
    await page.getByRole('link', { name: '受信箱の設定' }).click();
    await expect(page.getByRole('heading', { name: '受信箱の設定', level: 1 })).toBeVisible();
    await expectAccessible(page);

    // Crisis contacts: the page shows the list as it was loaded; meanwhile another admin adds one through the API.
    const contacts = page.getByRole('list', { name: '緊急連絡先' });
    await expect(contacts.getByRole('listitem').first()).toBeVisible();
    const before = await contacts.getByRole('listitem').allTextContents();
    const token = await apiLogin(request, ADMIN);
    await graphql(
      request,
      'mutation($input: AddCrisisContactInput!) { addCrisisContact(input: $input) { id } }',
      { input: { contact: { name: `別の管理者の窓口 ${run}`, phone: '078-000-1111' } } },
      { authorization: `Bearer ${token}`, 'x-tenant': 'kobe' },
    );
    const add = page.getByRole('form', { name: '緊急連絡先' });
    await add.getByLabel('名称').fill(`こども家庭センター ${run}`);
    await add.getByLabel('電話番号').fill('078-382-2525');
    await add.getByLabel('補足（例：24時間・無料）').fill('平日 9時〜17時');
    await add.getByRole('button', { name: '追加する' }).click();
    await expect(contacts).toContainText(`こども家庭センター ${run}`);
    // Adding one dropped nothing: neither the contacts the page showed nor the one the other admin added.
    await expect(contacts).toContainText(`別の管理者の窓口 ${run}`);
    const after = await contacts.getByRole('listitem').allTextContents();
    for (const item of before) expect(after).toContain(item);
    // A wrong number is refused on its field, and nothing is added.
    await add.getByLabel('名称').fill(`番号の誤り ${run}`);
    await add.getByLabel('電話番号').fill('でんわ');
    await add.getByRole('button', { name: '追加する' }).click();
    await expect(add.getByText('電話番号は数字と - + ( ) で入力してください')).toBeVisible();
    await expect(contacts).not.toContainText(`番号の誤り ${run}`);

    // Which keyword rule a sentence fires: the API answers with the triage's own matcher.
    const tryBox = page.getByRole('form', { name: '文を試す' });
    await tryBox.getByLabel('試す文').fill('もう消えたいです');
    await tryBox.getByRole('button', { name: '判定する' }).click();
    await expect(tryBox.getByRole('status')).toHaveText('「消えたい」が反応します。この相談は緊急になります。');
    await tryBox.getByLabel('試す文').fill('ＤＶＤを借りに行きました');
    await tryBox.getByRole('button', { name: '判定する' }).click();
    await expect(tryBox.getByRole('status')).toHaveText('どのキーワードも反応しません。');

    // The API refuses a keyword that folds onto an existing rule (ｄｖ is DV): said on its field, what was typed stays.
    const keywords = page.getByRole('region', { name: '緊急キーワード' });
    const keywordField = keywords.getByRole('textbox', { name: 'キーワード', exact: true });
    await keywordField.fill('ｄｖ');
    await keywords.getByRole('button', { name: '追加する' }).click();
    await expect(keywords.getByText('同じ言葉として判定されるキーワードがすでにあります')).toBeVisible();
    await expect(keywordField).toHaveValue('ｄｖ');
    await expect(keywordField).toHaveAttribute('aria-invalid', 'true');

    // A canned response for the counsellors.
    const cannedTitle = `面談のご案内${run}`;
    const canned = page.getByRole('region', { name: '定型文' });
    await canned.getByLabel('タイトル').fill(cannedTitle);
    await canned.getByLabel('本文').fill('{{name}}さん、面談は平日10時から受け付けています。');
    await canned.getByRole('button', { name: '追加する' }).click();
    await expect(canned.getByRole('list', { name: '定型文' })).toContainText(cannedTitle);
    await expectAccessible(page);

    // A counsellor, in a browser of their own, finds it with / in the reply box.
    const context = await browser.newContext();
    const counsellor = await context.newPage();
    await counsellor.goto('/login');
    await signIn(counsellor, 'counselor@kobe.tsunagu.example');
    await expect(counsellor.getByRole('heading', { name: '受信箱' })).toBeVisible();
    // A resolved conversation: opening it changes nothing another journey waits for (an urgent one would be acknowledged).
    await counsellor.getByLabel('状態').selectOption('RESOLVED');
    await counsellor.getByRole('list', { name: '相談の一覧' }).getByRole('link').first().click();
    await counsellor.getByRole('combobox', { name: '返信' }).fill(`/面談のご案内${run}`);
    await expect(counsellor.getByRole('listbox', { name: '定型文' }).getByRole('option')).toHaveCount(1);
    await expect(counsellor.getByRole('listbox', { name: '定型文' })).toContainText(cannedTitle);
    // The counsellor's menu offers neither settings page, and the address alone opens nothing.
    const menu = counsellor.getByRole('navigation', { name: 'メインメニュー' });
    await expect(menu.getByRole('link', { name: 'アカウント' })).toBeVisible();
    await expect(menu.getByRole('link', { name: '受信箱の設定' })).toHaveCount(0);
    await expect(menu.getByRole('link', { name: '連携先の名簿' })).toHaveCount(0);
    await counsellor.goto('/kobe/settings/inbox');
    await expect(counsellor.getByRole('alert')).toHaveText('この操作を行う権限がありません。');
    await expect(counsellor.getByRole('list', { name: '緊急連絡先' })).toHaveCount(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  test('the keyword rules with the keyboard alone: add one, try a sentence that fires it', async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto('/kobe/settings/inbox');
    const keyword = page
      .getByRole('region', { name: '緊急キーワード' })
      .getByRole('textbox', { name: 'キーワード', exact: true });
    await expect(keyword).toBeVisible();
    // From the crisis contacts' last field, the keyboard walks on to the keyword field.
    await page.getByRole('form', { name: '緊急連絡先' }).getByLabel('補足（例：24時間・無料）').focus();
    for (let i = 0; i < 60 && !(await keyword.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(keyword).toBeFocused();
    const word = `ためし${run}`;
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    const rules = page.getByRole('list', { name: '登録済みのキーワード' });
    await expect(rules).toContainText(word);
    const sentence = page.getByRole('form', { name: '文を試す' }).getByLabel('試す文');
    for (let i = 0; i < 80 && !(await sentence.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(sentence).toBeFocused();
    await page.keyboard.type(`きょうは${word}のはなし`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '判定する' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('try-result')).toHaveText(`「${word}」が反応します。この相談は緊急になります。`);
    // The rule goes again, with the keyboard: its remove button is reachable and says which rule it removes.
    const remove = page.getByRole('button', { name: `「${word}」を削除` });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(rules).not.toContainText(word);
  });

  test('imports an HSDS file with one bad record, sees which record and field failed, and exports the directory', async ({
    page,
  }) => {
    const problems = watchPage(page);
    await signInAsAdmin(page);
    await page.getByRole('link', { name: '連携先の名簿' }).click();
    await expect(page.getByRole('heading', { name: '連携先の名簿', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: '組織' }).getByRole('link').first()).toBeVisible();
    await expectAccessible(page);

    const good = (name: string) => ({
      id: randomUUID(),
      name,
      description: `${name}の説明`,
      services: [{ id: randomUUID(), name: `${name}の相談`, status: 'active' }],
    });
    const himawari = good(`ひまわり子ども食堂 ${run}`);
    const bad = {
      ...good(`名前のないサービスの会 ${run}`),
      services: [{ id: randomUUID(), name: '', status: 'active' }],
    };
    const minato = good(`みなと学習支援 ${run}`);
    const file = [himawari, bad, minato];
    await page.getByLabel('取り込むファイル（JSON）').setInputFiles({
      name: 'directory.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    // Each organisation is imported on its own: the two good ones are saved, the bad one saves nothing.
    await expect(page.getByRole('status').filter({ hasText: '新規 2 件' })).toHaveText(
      '新規 2 件、更新 0 件、取り込めなかった組織 1 件',
    );
    const errors = page.getByRole('table', { name: '取り込めなかった組織' });
    const row = errors.getByRole('row').nth(1);
    await expect(row.getByRole('cell')).toHaveText([
      '2',
      bad.id,
      `名前のないサービスの会 ${run}`,
      '/services/0/name',
      'must not be empty',
    ]);
    const organizations = page.getByRole('list', { name: '組織' });
    await expect(organizations).toContainText(`ひまわり子ども食堂 ${run}`);
    await expect(organizations).toContainText(`みなと学習支援 ${run}`);
    await expect(organizations).not.toContainText(`名前のないサービスの会 ${run}`);
    await expectAccessible(page);

    // An imported organisation gets a contact by hand.
    await organizations.getByRole('link', { name: `ひまわり子ども食堂 ${run}` }).click();
    await expect(page.getByRole('heading', { name: `ひまわり子ども食堂 ${run}` })).toBeVisible();
    const contacts = page.getByRole('list', { name: '担当窓口' });
    await contacts.getByRole('button', { name: '担当窓口を追加' }).click();
    await contacts.getByLabel('氏名・窓口名').fill('受付窓口');
    await contacts.getByLabel('メールアドレス（つなぐ依頼の通知先）').fill(`himawari-${run}@example.jp`);
    await contacts.getByRole('button', { name: '追加する' }).click();
    await expect(contacts).toContainText(`himawari-${run}@example.jp`);

    // The export is the directory as HSDS JSON, the new organisations and their contact included.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSONで書き出す' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('partner-directory-hsds.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      id: string;
      name: string;
      contacts?: { email?: string }[];
    }[];
    const exportedHimawari = exported.find((o) => o.id === himawari.id);
    expect(exportedHimawari?.name).toBe(`ひまわり子ども食堂 ${run}`);
    expect(exportedHimawari?.contacts?.map((c) => c.email)).toContain(`himawari-${run}@example.jp`);
    expect(exported.some((o) => o.id === minato.id)).toBe(true);
    expect(exported.some((o) => o.id === bad.id)).toBe(false);

    // In English, the same page in the same place.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Partner directory', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export as JSON' })).toBeVisible();
    await page.getByRole('link', { name: 'Inbox settings' }).click();
    await expect(page.getByRole('heading', { name: 'Crisis contacts' })).toBeVisible();
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });
});
