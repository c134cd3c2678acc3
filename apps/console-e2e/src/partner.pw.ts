import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
  apiLogin,
  expectAccessible,
  familyWrites,
  graphql,
  newFamily,
  referThroughApi,
  signIn,
  watchPage,
} from './support';

const PARTNER = 'partner@kobe.tsunagu.example';
const PARTNER_NAME = '神戸市こども家庭センター 連携先';
const COUNSELLOR = 'counselor@kobe.tsunagu.example';
const COUNSELLOR_NAME = '神戸市 相談員';

async function signedIn(browser: Browser, email: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const problems = watchPage(page);
  await page.goto('/login');
  await signIn(page, email);
  return { page, problems };
}

/** Tab (forwards) until `target` has the focus: what a keyboard user does. */
async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe("a partner agency's referral portal", () => {
  test('a referral arrives live, the partner answers it with the keyboard alone, the counsellor sees both names', async ({
    browser,
  }) => {
    const partner = await signedIn(browser, PARTNER);
    await expect(partner.page).toHaveURL(/\/kobe\/referrals$/);
    await expect(partner.page.getByRole('heading', { name: '紹介の受付', level: 1 })).toBeVisible();
    const waiting = partner.page.getByRole('list', { name: /回答待ちの紹介/ });
    await expect(partner.page.getByRole('heading', { name: /これまでの紹介/ })).toBeVisible();
    await expectAccessible(partner.page);

    // A family writes; the counsellor refers it to the partner's agency from the conversation.
    const family = newFamily();
    await familyWrites(family.userId, '子どもの発達のことで、どこに相談すればよいか迷っています。');
    const counsellor = await signedIn(browser, COUNSELLOR);
    const row = counsellor.page
      .getByRole('list', { name: '相談の一覧' })
      .getByRole('link')
      .filter({ hasText: family.name });
    await expect(row).toBeVisible({ timeout: 20_000 });
    await row.click();
    await expect(counsellor.page.getByRole('heading', { name: family.name, level: 2 })).toBeVisible();
    await counsellor.page.getByRole('button', { name: '連携先につなぐ' }).click();
    const dialog = counsellor.page.getByRole('dialog', { name: '連携先につなぐ（紹介）' });
    await dialog.getByLabel('名前で検索').fill('こども家庭センター');
    await dialog.getByRole('radio', { name: /神戸市こども家庭センター/ }).check();
    await dialog.getByLabel('同意の目的').fill('発達相談につなぐため');
    await dialog.getByLabel('概要').fill('発達の気になるお子さんの保護者。相談先を探している。');
    await dialog.getByRole('checkbox', { name: /表示名を伝える/ }).check();
    await dialog.getByRole('checkbox', { name: /どこに相談すればよいか迷っています/ }).check();
    await dialog.getByRole('button', { name: '同意を記録して送る' }).click();
    await expect(dialog).toBeHidden();

    // The partner's list shows it without a reload, among those awaiting an answer, with its deadline.
    const arrived = waiting.getByRole('listitem').filter({ hasText: family.name });
    await expect(arrived).toBeVisible({ timeout: 20_000 });
    await expect(arrived).toContainText('回答期限');
    await expect(arrived.getByTestId('referral-status')).toHaveText('送付済み');

    // From here on, the keyboard alone.
    const page = partner.page;
    await tabTo(page, arrived.getByRole('link', { name: family.name }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: '紹介の内容', level: 1 })).toBeVisible();
    // What was shared: the name, the summary, the chosen message; nothing else of the conversation.
    const shared = page.getByRole('region', { name: '共有された内容' });
    await expect(shared).toContainText('発達の気になるお子さんの保護者。');
    await expect(shared.getByRole('list', { name: '共有されたメッセージ' })).toContainText(
      'どこに相談すればよいか迷っています',
    );
    await expect(page.getByText(family.name)).toBeVisible();
    await expectAccessible(page);

    const respond = page.getByRole('region', { name: '対応' });
    await tabTo(page, respond.getByRole('button', { name: '受け付ける' }));
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toContainText('受け付けました。');
    await expect(page.getByTestId('referral-status').first()).toHaveText('受付済み');

    await tabTo(page, respond.getByRole('button', { name: '支援を開始する' }));
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toContainText('支援を開始しました。');

    await tabTo(page, respond.getByRole('button', { name: '完了にする' }));
    await page.keyboard.press('Enter');
    // The first outcome has the focus: Space chooses it, then the note, then the button.
    await expect(respond.getByRole('radio', { name: '支援につながった', exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(respond.getByRole('radio', { name: '支援につながった', exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(respond.getByLabel('メモ（任意）')).toBeFocused();
    await page.keyboard.type('初回面談を実施し、発達相談の予約につなぎました。');
    await expectAccessible(page);
    await tabTo(page, respond.getByRole('button', { name: '完了として記録する' }));
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toContainText('完了として記録しました。');
    await expect(respond).toContainText('この紹介で行える対応はもうありません。');

    // The partner's timeline: its own user by name, the referring side as the city's desk, never a counsellor.
    const steps = page.getByTestId('referral-step');
    await expect(steps).toHaveCount(5);
    await expect(steps.nth(1)).toContainText('神戸市 相談窓口');
    await expect(steps.nth(1)).toContainText('相談窓口（市・NPO）');
    await expect(steps.nth(4)).toContainText('完了');
    await expect(steps.nth(4)).toContainText(PARTNER_NAME);
    await expect(steps.nth(4)).toContainText('支援につながった');
    await expect(steps.nth(4)).toContainText('初回面談を実施し');
    await expect(page.getByTestId('referral-step').filter({ hasText: COUNSELLOR_NAME })).toHaveCount(0);
    await expectAccessible(page);

    // Back on the list, it has left those awaiting an answer.
    await tabTo(page, page.getByRole('link', { name: '紹介の一覧に戻る' }));
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('list', { name: /これまでの紹介/ })
        .getByRole('listitem')
        .filter({ hasText: family.name }),
    ).toContainText('完了');
    await expect(waiting.getByRole('listitem').filter({ hasText: family.name })).toHaveCount(0);

    // The counsellor's family card follows live; the referral's timeline names both people and their sides.
    const card = counsellor.page.getByTestId('family-referral').filter({ hasText: '神戸市こども家庭センター' });
    await expect(card.getByTestId('referral-status')).toHaveText('完了', { timeout: 20_000 });
    await card.getByRole('link').click();
    await expect(counsellor.page.getByRole('heading', { name: '神戸市こども家庭センターへの紹介' })).toBeVisible();
    const history = counsellor.page.getByTestId('referral-step');
    await expect(history).toHaveCount(5);
    await expect(history.nth(1)).toContainText(COUNSELLOR_NAME);
    await expect(history.nth(1)).toContainText('相談窓口（市・NPO）');
    for (const index of [2, 3, 4]) {
      await expect(history.nth(index)).toContainText(PARTNER_NAME);
      await expect(history.nth(index)).toContainText('（連携先）');
    }
    await expectAccessible(counsellor.page);

    expect([...partner.problems, ...counsellor.problems]).toEqual([]);
  });

  test("both sides leave notes: the counsellor sees the partner's live by name, the partner the city's desk", async ({
    browser,
    request,
  }) => {
    const family = newFamily();
    await familyWrites(family.userId, '保育園の入園のことで相談したいです。');
    const id = await referThroughApi(request, '来春の保育園入園を考えている保護者。', family.name);

    const counsellor = await signedIn(browser, COUNSELLOR);
    await expect(counsellor.page).toHaveURL(/\/kobe\/inbox/);
    await counsellor.page.goto(`/kobe/referrals/${id}`);
    await expect(counsellor.page.getByRole('heading', { name: '神戸市こども家庭センターへの紹介' })).toBeVisible();
    // The referring side sees the same business days left as the agency.
    await expect(counsellor.page.getByText('（あと3営業日）')).toBeVisible();
    const deskSteps = counsellor.page.getByTestId('referral-step');
    await expect(deskSteps).toHaveCount(2);

    // The partner's list: the new referral among those awaiting an answer, with the business days left.
    const partner = await signedIn(browser, PARTNER);
    const row = partner.page
      .getByRole('list', { name: /回答待ちの紹介/ })
      .getByRole('listitem')
      .filter({ hasText: family.name });
    await expect(row).toContainText('あと3営業日');
    await partner.page.screenshot({ path: '/tmp/notes-list.png', fullPage: true });
    await row.getByRole('link', { name: family.name }).click();
    await expect(partner.page.getByText(/回答期限/).last()).toBeVisible();
    const noteBox = partner.page.getByRole('form', { name: 'メモを残す' });
    const noteField = noteBox.getByLabel('メモ', { exact: true });
    await noteBox.getByRole('button', { name: 'メモを残す' }).click();
    await expect(noteBox.getByText('入力してください')).toBeVisible();
    await expect(noteField).toHaveAttribute('aria-invalid', 'true');
    await noteField.fill('明日の午後、保護者に電話します。');
    await noteBox.getByRole('button', { name: 'メモを残す' }).click();
    await expect(noteBox.getByText('メモを残しました。')).toBeVisible();
    await expect(noteField).toHaveValue('');
    const partnerSteps = partner.page.getByTestId('referral-step');
    await expect(partnerSteps).toHaveCount(3);
    await expect(partnerSteps.last()).toContainText('メモ');
    await expect(partnerSteps.last()).toContainText(PARTNER_NAME);
    await expect(partnerSteps.last()).toContainText('明日の午後、保護者に電話します。');
    await expect(partner.page.getByTestId('referral-status').first()).toHaveText('送付済み');
    await expectAccessible(partner.page);

    // The counsellor's page shows it without a reload, in the partner user's name and on the agency's side.
    await expect(deskSteps).toHaveCount(3, { timeout: 20_000 });
    await expect(deskSteps.last()).toContainText('メモ');
    await expect(deskSteps.last()).toContainText(PARTNER_NAME);
    await expect(deskSteps.last()).toContainText('（連携先）');
    await expect(deskSteps.last()).toContainText('明日の午後、保護者に電話します。');

    // The counsellor answers with a note; the partner reads it live as the city's desk, never the counsellor.
    const deskBox = counsellor.page.getByRole('form', { name: 'メモを残す' });
    await deskBox.getByLabel('メモ', { exact: true }).fill('平日の午前は仕事で電話に出られないそうです。');
    await deskBox.getByRole('button', { name: 'メモを残す' }).click();
    await expect(deskSteps).toHaveCount(4);
    await expect(deskSteps.last()).toContainText(COUNSELLOR_NAME);
    await expect(deskSteps.last()).toContainText('相談窓口（市・NPO）');
    await expectAccessible(counsellor.page);
    await expect(partnerSteps).toHaveCount(4, { timeout: 20_000 });
    await expect(partnerSteps.last()).toContainText('神戸市 相談窓口');
    await expect(partnerSteps.last()).toContainText('相談窓口（市・NPO）');
    await expect(partnerSteps.last()).toContainText('平日の午前は仕事で電話に出られないそうです。');
    await expect(partnerSteps.filter({ hasText: COUNSELLOR_NAME })).toHaveCount(0);
    await partner.page.screenshot({ path: '/tmp/notes-partner.png', fullPage: true });
    await counsellor.page.screenshot({ path: '/tmp/notes-counsellor.png', fullPage: true });

    // In English too.
    await partner.page.getByRole('button', { name: 'English' }).click();
    const englishBox = partner.page.getByRole('form', { name: 'Add a note' });
    await expect(englishBox.getByLabel('Note', { exact: true })).toBeVisible();
    await expect(partnerSteps.last()).toContainText('Note');
    await expect(partner.page.getByText('(3 business days left)')).toBeVisible();
    await partner.page.getByRole('button', { name: '日本語' }).click();

    expect([...partner.problems, ...counsellor.problems]).toEqual([]);
  });

  test("a partner user's menu offers the portal and the account only, and the inbox is not theirs", async ({
    page,
  }) => {
    await page.goto('/login');
    await signIn(page, PARTNER);
    await expect(page).toHaveURL(/\/kobe\/referrals$/);
    const menu = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(menu.getByRole('link')).toHaveText(['紹介の受付', 'アカウント']);

    await page.goto('/kobe/inbox');
    await expect(page).toHaveURL(/\/kobe\/referrals$/);
    await expect(page.getByRole('heading', { name: '紹介の受付', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: '相談の一覧' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '受信箱' })).toHaveCount(0);
  });

  test('a partner declines a referral: the reason is required, and the referring side reads it', async ({
    page,
    request,
  }) => {
    const family = newFamily();
    await familyWrites(family.userId, '引っ越してきたばかりで、相談先がわかりません。');
    const id = await referThroughApi(request, '転入したばかりの保護者。相談先を探している。', family.name);
    await page.goto('/login');
    await signIn(page, PARTNER);
    await page
      .getByRole('list', { name: /回答待ちの紹介/ })
      .getByRole('link', { name: family.name })
      .click();
    const respond = page.getByRole('region', { name: '対応' });
    await respond.getByRole('button', { name: '辞退する' }).click();
    await respond.getByRole('button', { name: '辞退を送る' }).click();
    await expect(respond.getByText('入力してください')).toBeVisible();
    await expect(respond.getByLabel('辞退の理由')).toHaveAttribute('aria-invalid', 'true');
    await respond.getByLabel('辞退の理由').fill('対象年齢外のため、区の子育て支援課をご案内ください。');
    await expectAccessible(page);
    await respond.getByRole('button', { name: '辞退を送る' }).click();
    await expect(respond.getByText('辞退を送りました。')).toBeVisible();
    await expect(page.getByTestId('referral-status').first()).toHaveText('辞退');
    const last = page.getByTestId('referral-step').last();
    await expect(last).toContainText(PARTNER_NAME);
    await expect(last).toContainText('対象年齢外のため');

    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Referral', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Respond' })).toContainText(
      'Nothing more can be done with this referral.',
    );
    await page.getByRole('button', { name: '日本語' }).click();

    // The referring side reads the reason the partner gave.
    const { referral } = await graphql<{ referral: { status: string; declineReason: string } }>(
      request,
      'query($id: ID!) { referral(id: $id) { status declineReason } }',
      { id },
      { authorization: `Bearer ${await apiLogin(request, COUNSELLOR)}`, 'x-tenant': 'kobe' },
    );
    expect(referral).toEqual({
      status: 'DECLINED',
      declineReason: '対象年齢外のため、区の子育て支援課をご案内ください。',
    });
  });
});
