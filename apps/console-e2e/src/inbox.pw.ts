import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiLogin, expectAccessible, familyWrites, graphql, newFamily, signIn, watchPage } from './support';

async function counsellorPage(browser: Browser, email: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto('/login');
  await signIn(page, email);
  await expect(page).toHaveURL(/\/kobe\/inbox$/);
  await expect(page.getByRole('list', { name: '相談の一覧' })).toBeVisible();
  return { page, problems };
}

function row(page: Page, name: string) {
  return page.getByRole('list', { name: '相談の一覧' }).getByRole('link').filter({ hasText: name });
}

async function bellCount(page: Page): Promise<number> {
  const label = (await page.getByTestId('bell').getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(label)?.[1] ?? 0);
}

test.describe("a counsellor's day", () => {
  test.beforeAll(async ({ request }) => {
    // Nobody on duty: an urgent message is then told to every counsellor.
    for (const email of ['counselor@kobe.tsunagu.example', 'counselor2@kobe.tsunagu.example']) {
      const token = await apiLogin(request, email);
      await graphql(
        request,
        'mutation { setOnDuty(input: { onDuty: false }) { onDuty } }',
        {},
        { authorization: `Bearer ${token}`, 'x-tenant': 'kobe' },
      );
    }
  });

  test('a family writes, two counsellors see it live, one answers, an urgent word raises the banner in both, a referral is made and accepted', async ({
    browser,
    request,
  }) => {
    const one = await counsellorPage(browser, 'counselor@kobe.tsunagu.example');
    const two = await counsellorPage(browser, 'counselor2@kobe.tsunagu.example');
    await expectAccessible(one.page);
    const family = newFamily();

    // The family writes: the conversation appears in both browsers without a reload.
    await familyWrites(family.userId, '相談したいです。子どものことで悩んでいます。');
    for (const { page } of [one, two]) {
      await expect(row(page, family.name)).toBeVisible({ timeout: 20_000 });
    }

    // The first counsellor opens it and answers with a canned response, picked with / and the keyboard.
    await row(one.page, family.name).click();
    await expect(one.page.getByRole('heading', { name: family.name, level: 2 })).toBeVisible();
    const timeline = one.page.getByRole('list', { name: 'メッセージ' });
    await expect(timeline).toContainText('子どものことで悩んでいます');
    await expectAccessible(one.page);
    const box = one.page.getByRole('combobox', { name: '返信' });
    await box.fill('/挨拶');
    await expect(one.page.getByRole('option', { name: /はじめのご挨拶/ })).toBeVisible();
    await box.press('Enter');
    await expect(box).toHaveValue(/^.+さん、ご相談ありがとうございます。相談員の者です。/);
    // Enter alone makes a new line; it never sends.
    const shown = await timeline.getByTestId('message').count();
    await box.press('End');
    await box.press('Enter');
    await box.pressSequentially('無理のない範囲で大丈夫です。');
    await expect(timeline.getByTestId('message')).toHaveCount(shown);
    await box.press('Control+Enter');
    await expect(box).toHaveValue('');
    const reply = timeline.getByTestId('message').filter({ hasText: '無理のない範囲で大丈夫です。' });
    // Sent: the LINE sandbox of the demo accepted the push.
    await expect(reply).toContainText('送信済み', { timeout: 20_000 });
    await expect(row(two.page, family.name)).toContainText('ご相談ありがとうございます');

    // An urgent word: the banner with the keyword, and the bell, in both browsers.
    const before = await Promise.all([bellCount(one.page), bellCount(two.page)]);
    await familyWrites(family.userId, 'もう死にたいです');
    for (const [index, { page }] of [one, two].entries()) {
      const banner = page.getByRole('region', { name: /緊急の相談/ });
      await expect(banner).toContainText(family.name, { timeout: 20_000 });
      await expect(banner).toContainText('「死にた');
      await expect(banner).toContainText('189');
      await expect.poll(() => bellCount(page)).toBeGreaterThan(before[index] as number);
    }
    await expect(timeline).toContainText('もう死にたいです');
    await expectAccessible(two.page);

    // The second counsellor acknowledges it from the banner: it clears in both.
    await two.page
      .getByRole('region', { name: /緊急の相談/ })
      .getByRole('button', { name: `${family.name}さんの緊急の相談を確認済みにする` })
      .click();
    for (const { page } of [one, two]) {
      await expect(page.getByRole('region', { name: /緊急の相談/ }).filter({ hasText: family.name })).toHaveCount(0);
    }

    // A referral from the conversation: consent, partner, summary, a shared message, sent.
    await one.page.getByRole('button', { name: '連携先につなぐ' }).click();
    const dialog = one.page.getByRole('dialog', { name: '連携先につなぐ（紹介）' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('名前で検索').fill('こども家庭センター');
    await dialog.getByRole('radio', { name: /神戸市こども家庭センター/ }).check();
    // What is missing is said on its field, and nothing typed is lost.
    await dialog.getByRole('button', { name: '同意を記録して送る' }).click();
    await expect(dialog.getByText('入力してください').first()).toBeVisible();
    await dialog.getByLabel('同意の目的').fill('子育て支援の相談のため');
    await dialog.getByLabel('概要').fill('子育てに悩む保護者。気持ちが落ち込んでいるとの訴えあり。');
    await dialog.getByRole('checkbox', { name: /子どものことで悩んでいます/ }).check();
    await expectAccessible(one.page);
    await dialog.getByRole('button', { name: '同意を記録して送る' }).click();
    await expect(dialog).toBeHidden();
    const referral = one.page.getByTestId('family-referral').filter({ hasText: '神戸市こども家庭センター' });
    await expect(referral.getByTestId('referral-status')).toHaveText('送付済み');

    // The partner accepts through the API: the status changes live.
    const partner = await apiLogin(request, 'partner@kobe.tsunagu.example');
    const { referrals } = await graphql<{ referrals: { edges: { node: { id: string; status: string } }[] } }>(
      request,
      '{ referrals(first: 5, filter: { status: SENT }) { edges { node { id status } } } }',
      {},
      { authorization: `Bearer ${partner}`, 'x-tenant': 'kobe' },
    );
    const sent = referrals.edges[0]?.node.id as string;
    await graphql(
      request,
      'mutation($input: ReferralIdInput!) { acceptReferral(input: $input) { status } }',
      { input: { id: sent } },
      { authorization: `Bearer ${partner}`, 'x-tenant': 'kobe' },
    );
    await expect(referral.getByTestId('referral-status')).toHaveText('受付済み', { timeout: 20_000 });
    await referral.getByRole('link').click();
    await expect(one.page.getByRole('heading', { name: '神戸市こども家庭センターへの紹介' })).toBeVisible();
    // Who did what, by name: the counsellor drafted and sent it, the partner's user accepted it.
    const steps = one.page.getByTestId('referral-step');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(1)).toContainText('送付済み');
    await expect(steps.nth(1)).toContainText('神戸市 相談員');
    await expect(steps.nth(2)).toContainText('受付済み');
    await expect(steps.nth(2)).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}/);
    await expectAccessible(one.page);

    expect([...one.problems, ...two.problems]).toEqual([]);
  });

  test('the inbox with the keyboard alone: filter, open, answer', async ({ page }) => {
    const family = newFamily();
    await familyWrites(family.userId, 'キーボードだけで答えてもらえますか');
    await page.goto('/login');
    await signIn(page, 'counselor2@kobe.tsunagu.example');
    await expect(row(page, family.name)).toBeVisible({ timeout: 20_000 });

    // From the search box, Tab by Tab to the family's conversation.
    await page.getByRole('searchbox', { name: '検索' }).focus();
    await page.keyboard.type('キーボード');
    await expect(page.getByRole('list', { name: '相談の一覧' }).getByRole('link')).toHaveCount(1);
    for (let i = 0; i < 10 && !(await row(page, family.name).evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(row(page, family.name)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: family.name, level: 2 })).toBeVisible();

    const box = page.getByRole('combobox', { name: '返信' });
    for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(box).toBeFocused();
    await page.keyboard.type('はい、こちらで承ります。');
    // A reply that cannot be sent stays in the box, with the reason; sending again works.
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('replyToConversation')) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'サーバーに接続できませんでした' })).toBeVisible();
    await expect(box).toHaveValue('はい、こちらで承ります。');
    await page.unroute('**/graphql');
    await box.focus();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('message').filter({ hasText: 'はい、こちらで承ります。' })).toContainText(
      /送信待ち|送信済み/,
    );
  });

  test('the inbox and a conversation fit a 768 px tablet, the list giving way to the open conversation', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/login');
    await signIn(page, 'counselor@kobe.tsunagu.example');
    const list = page.getByRole('list', { name: '相談の一覧' });
    await expect(list.getByRole('link').first()).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await list.getByRole('link').first().click();
    await expect(page.getByRole('combobox', { name: '返信' })).toBeVisible();
    await expect(list).toBeHidden();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: '受信箱に戻る' }).click();
    await expect(list).toBeVisible();
  });

  test('after the connection drops, the inbox catches up with what happened meanwhile', async ({ browser }) => {
    const { page, problems } = await counsellorPage(browser, 'counselor2@kobe.tsunagu.example');
    const family = newFamily();
    await page.context().setOffline(true);
    await familyWrites(family.userId, '接続が切れている間に届いたメッセージ');
    // Offline, nothing arrives (live events take well under a second when connected)…
    await page.waitForTimeout(3_000);
    await expect(row(page, family.name)).toHaveCount(0);
    // …and back online, the reconnection refetches what changed meanwhile.
    await page.context().setOffline(false);
    await expect(row(page, family.name)).toBeVisible({ timeout: 30_000 });
    expect(problems).toEqual([]);
  });
});
