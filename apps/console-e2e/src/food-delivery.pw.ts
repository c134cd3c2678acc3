import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiLogin, expectAccessible, familyWrites, graphql, newFamily, signIn, watchPage } from './support';

const PROGRAMME = '神戸こども宅食';

/** The food-delivery programme's id, put on Kobe's LINE channel (so a family can ask for the link there). */
async function programmeOnChannel(request: APIRequestContext): Promise<string> {
  const admin = {
    authorization: `Bearer ${await apiLogin(request, 'admin@kobe.tsunagu.example')}`,
    'x-tenant': 'kobe',
  };
  const { programmes } = await graphql<{ programmes: { id: string; name: string }[] }>(
    request,
    '{ programmes { id name } }',
    {},
    admin,
  );
  const { lineChannels } = await graphql<{ lineChannels: { id: string }[] }>(
    request,
    '{ lineChannels { id } }',
    {},
    admin,
  );
  const id = programmes.find((p) => p.name === PROGRAMME)?.id;
  if (!id) throw new Error(`the demo has no ${PROGRAMME}`);
  await graphql(
    request,
    'mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }',
    { input: { id, channelIds: lineChannels.map((c) => c.id) } },
    admin,
  );
  return id;
}

/** The newest automatic food-delivery message of a family's thread, as a counsellor reads it. */
async function linkSentTo(request: APIRequestContext, familyName: string): Promise<string> {
  const counsellor = {
    authorization: `Bearer ${await apiLogin(request, 'counselor@kobe.tsunagu.example')}`,
    'x-tenant': 'kobe',
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    const { conversations } = await graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
      request,
      'query($filter: ConversationFilter) { conversations(first: 1, filter: $filter) { edges { node { id } } } }',
      { filter: { search: familyName, status: null } },
      counsellor,
    );
    const id = conversations.edges[0]?.node.id;
    if (id) {
      const { messages } = await graphql<{ messages: { edges: { node: { text: string | null } }[] } }>(
        request,
        'query($id: ID!) { messages(conversationId: $id, first: 20) { edges { node { text } } } }',
        { id },
        counsellor,
      );
      const link = messages.edges
        .map((e) => e.node.text ?? '')
        .map((text) => /https?:\/\/\S+\/apply\/kobe\/food-delivery#\S+/.exec(text)?.[0])
        .find(Boolean);
      if (link) return new URL(link).pathname + new URL(link).hash;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no application link was sent');
}

test.describe('food delivery: a family applies from its LINE link, the coordinator approves it into the next round, which is packed and delivered; a worrying visit reaches a counsellor', () => {
  // One round a run, so the journey also passes on a database a previous run left behind.
  const round = `第${Date.now() % 1000}回（テスト）`;
  test('the family applies on the page its link opens, without signing in', async ({ page, request }) => {
    // Two messages through the LINE simulator (a process each) before the page opens.
    test.setTimeout(180_000);
    const problems = watchPage(page);
    await programmeOnChannel(request);
    const family = newFamily();
    await familyWrites(family.userId, 'はじめまして');
    await familyWrites(family.userId, '宅食');
    const path = await linkSentTo(request, family.name);
    await page.goto(path);
    await expect(page.getByRole('heading', { name: `${PROGRAMME} お申し込み`, level: 1 })).toBeVisible();
    await page.getByLabel('お名前（保護者）').fill('宅食 花子');
    await page.getByLabel('郵便番号（例: 113-0033）').fill('650-00');
    await page.getByLabel('都道府県').selectOption('兵庫県');
    await page.getByLabel('市区町村（例: 文京区）').fill('神戸市中央区');
    await page.getByLabel('町名・番地（例: 本郷1-2-3）').fill('加納町6-5-1');
    await page.getByLabel(/お子さんの生年月/).fill('2018-04、2021-09');
    await page.getByLabel(/食物アレルギー/).fill('卵');
    await page.getByLabel(/スタッフがご様子をうかがう/).check();
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/food-application.png', fullPage: true });
    await page.getByRole('button', { name: '申し込む' }).click();
    // The API refuses the postal code; nothing is written and the link still works.
    await expect(page.getByText('郵便番号は7桁（例: 113-0033）で入力してください')).toBeVisible();
    await page.getByLabel('郵便番号（例: 113-0033）').fill('６５０－０００１');
    await page.getByRole('button', { name: '申し込む' }).click();
    await expect(page.getByText('お申し込みを受け付けました。結果はLINEでお知らせします。')).toBeVisible();
    // Used once: opening the link again says so.
    await page.goto('/login');
    await page.goto(path);
    await expect(page.getByText('このリンクはすでに使われています。')).toBeVisible();
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  test("Kobe's coordinator creates a round, approves the household into it, and reveals its address", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'coordinator@kobe.tsunagu.example');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事業' }).click();
    await page.getByRole('link', { name: `${PROGRAMME} の世帯と配送回` }).click();
    await expect(page.getByRole('heading', { name: `${PROGRAMME}：世帯と配送回`, level: 1 })).toBeVisible();

    await page.getByRole('button', { name: '配送回を追加' }).click();
    await page.getByLabel('名前（例: 令和7年度 第1回）').fill(round);
    await page.getByLabel(/配送の開始日/).fill('2099-07-01');
    await page.getByLabel('配送の終了日').fill('2099-07-10');
    // Kobe's 250 enrolled households and its waitlist of 7 take their places in the new round first.
    await page.getByLabel('定員（世帯）').fill('300');
    await page.getByLabel(/予定している品目/).fill('お米 2kg,300\nレトルトカレー,600');
    await expectAccessible(page);
    await page.getByRole('button', { name: '配送回を作る' }).click();
    await expect(page.getByText(/配送回を作りました/)).toBeVisible();
    await expect(page.getByTestId('round-row').filter({ hasText: round })).toContainText('257 / 300世帯');

    await page.getByLabel('状況で絞り込む').selectOption('APPLIED');
    await page.getByRole('link', { name: '宅食 花子' }).first().click();
    await expect(page.getByRole('heading', { name: '宅食 花子', level: 1 })).toBeVisible();
    await expect(page.getByTestId('household-status')).toHaveText('申込み');
    await page.getByRole('button', { name: '対象と確認する' }).click();
    await expect(page.getByTestId('household-status')).toHaveText('確認済み');
    await page.getByRole('button', { name: '承認して配送回に登録する' }).click();
    await expect(page.getByTestId('household-status')).toHaveText('登録');
    await expect(page.getByText('LINEでご家庭にお知らせします。')).toBeVisible();

    // Editing without revealing the address: the address stays as it is.
    await page.getByRole('button', { name: '編集' }).click();
    await expect(page.getByText('住所は表示していないので、そのまま変わりません。')).toBeVisible();
    await expect(page.getByLabel('お名前（保護者）')).toHaveValue('宅食 花子');
    await expect(page.getByLabel('郵便番号（例: 113-0033）')).toHaveCount(0);
    await page.getByLabel(/食物アレルギー/).fill('卵、小麦');
    await page.getByLabel(/受け取りやすい時間帯/).fill('土曜の午前');
    await expectAccessible(page);
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '世帯の情報を保存しました。' })).toBeVisible();
    await expect(page.getByRole('region', { name: '世帯の情報' })).toContainText('卵、小麦');
    await expect(page.getByRole('region', { name: '世帯の情報' })).toContainText('土曜の午前');

    await page.getByRole('button', { name: '住所を表示する' }).click();
    await expect(page.getByTestId('household-address')).toContainText('〒650-0001');
    await expect(page.getByTestId('household-address')).toContainText('兵庫県神戸市中央区加納町6-5-1');
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/food-household.png', fullPage: true });

    // The revealed address is edited in place; the API refuses a postal code that is not seven digits.
    await page.getByRole('button', { name: '編集' }).click();
    await expect(page.getByLabel('郵便番号（例: 113-0033）')).toHaveValue('650-0001');
    await page.getByLabel('郵便番号（例: 113-0033）').fill('650-00');
    await page.getByLabel('町名・番地（例: 本郷1-2-3）').fill('加納町6-5-2');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByText('郵便番号は7桁（例: 113-0033）で入力してください')).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/food-household-edit.png', fullPage: true });
    await page.getByLabel('郵便番号（例: 113-0033）').fill('650-0002');
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '世帯の情報を保存しました。' })).toBeVisible();
    await expect(page.getByTestId('household-address')).toContainText('〒650-0002');
    await expect(page.getByTestId('household-address')).toContainText('兵庫県神戸市中央区加納町6-5-2');

    await page.getByRole('link', { name: '世帯の一覧へ' }).click();
    await expect(page.getByRole('table', { name: '世帯の一覧（申込み順）' })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/food-delivery.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  test("the coordinator packs the round and sends it out; a worrying visit at the family's door reaches a counsellor", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'coordinator@kobe.tsunagu.example');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事業' }).click();
    await page.getByRole('link', { name: `${PROGRAMME} の世帯と配送回` }).click();
    await page.getByTestId('round-row').filter({ hasText: round }).getByRole('link').first().click();
    await expect(
      page.getByRole('heading', { name: new RegExp(round.replace(/[()（）]/g, '.')), level: 1 }),
    ).toBeVisible();

    // Packed: the family who applied on LINE is on the packing list with its allergies.
    await page.getByRole('button', { name: '梱包を始める' }).click();
    await expect(page.getByRole('button', { name: '配送を始める' })).toBeVisible();
    const packed = page
      .getByTestId('packing-households')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '宅食 花子' }) });
    await expect(packed).toContainText('卵、小麦');
    await page.getByRole('button', { name: '配送を始める' }).click();
    await expect(page.getByRole('button', { name: '配送を完了する' })).toBeVisible();

    // Handed over at the door by the coordinator, who sees something worrying.
    await page.getByRole('tab', { name: '配達割当' }).click();
    await page.getByLabel('地区', { exact: true }).selectOption('神戸市中央区');
    await page.getByLabel('配達方法', { exact: true }).selectOption('HAND');
    await page.getByLabel('手渡しする人').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'この地区の世帯を割り当てる' }).click();
    await expect(page.getByRole('status').filter({ hasText: '割当を保存しました（1世帯）' })).toBeVisible();
    await page.getByRole('tab', { name: '結果と様子' }).click();
    const visit = page.getByTestId(/^outcome-/).filter({ hasText: '宅食 花子' });
    await visit.getByLabel('結果', { exact: true }).selectOption('DELIVERED');
    await visit.getByLabel('様子', { exact: true }).selectOption('CONCERN');
    await visit.getByLabel('ひとこと（500字まで）').fill('冷蔵庫が空だと話していた。下の子が咳をしていた');
    await visit.getByRole('button', { name: '宅食 花子さんの結果を記録' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '宅食 花子さんの結果を記録し、相談員に連絡しました。' }),
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/food-round-kobe.png', fullPage: false });

    // A counsellor is told by the bell and finds the family's task with what was seen.
    await page.getByRole('button', { name: 'ログアウト' }).click();
    // Signing out loads the sign-in page itself: a navigation of our own would race it.
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, 'counselor@kobe.tsunagu.example');
    await page.getByTestId('bell').click();
    await page.getByRole('link', { name: '家庭のフォローが必要です（配達時の様子）' }).first().click();
    await expect(page.getByRole('heading', { name: '対応タスク', level: 1 })).toBeVisible();
    await page.keyboard.press('Escape');
    const task = page.getByTestId('tasks').getByRole('listitem').filter({ hasText: '宅食 花子' });
    await expect(task).toHaveAttribute('data-urgency', 'CONCERN');
    await expect(task).toContainText(`こども宅食 ${round}: 配達時の様子「気になる」`);
    await expect(task).toContainText('冷蔵庫が空だと話していた。下の子が咳をしていた');
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/food-task-kobe.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  test('a partner agency is offered no programme page', async ({ page }) => {
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'partner@kobe.tsunagu.example');
    await expect(
      page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事業' }),
    ).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
