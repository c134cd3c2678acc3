import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiLogin, expectAccessible, graphql, signIn, watchPage } from './support';

/** The demo's round of Bunkyo's food delivery (libs/demo `DEMO_FOOD_ROUND_ID`). */
const ROUND = '/bunkyo/food-delivery/rounds/7a3d1c52-4e0b-4c8e-9f1a-2b6d00000002';
const shots = join(__dirname, '../../../docs/screenshots');
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

test.describe("a food-delivery round's operations, and the counsellor's task a worrying visit opens", () => {
  test("Bunkyo's food-delivery coordinator packs, assigns and delivers a round, records a worrying visit and exports the courier file; the counsellor follows up", async ({
    page,
  }) => {
    // Five screens checked with axe and two sign-ins: longer than one screen's journey.
    test.setTimeout(180_000);
    const problems = watchPage(page);
    await page.goto('/login');
    await signIn(page, 'coordinator@bunkyo.tsunagu.example');
    await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
    await page.goto(ROUND);
    await expect(page.getByRole('heading', { name: /令和7年度 第2回/, level: 1 })).toBeVisible();

    // 梱包リスト: six households, ten children, the allergy warnings.
    await expect(page.getByTestId('packing-summary')).toHaveText('6世帯・子ども10人（アレルギーのある世帯 3）');
    const packing = page.getByTestId('packing-households');
    const aoki = packing.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '青木 さくら' }) });
    await expect(aoki).toContainText('たまごボーロ（卵）');
    const ueda = packing.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '上田 ひかる' }) });
    await expect(ueda).toContainText('レトルトカレー（小麦）');
    await expect(ueda).toContainText('レトルトカレー（乳）');
    await expectAccessible(page);
    await shot(page, 'food-round-packing');

    // 配達割当: the households of 本郷 to a hand delivery, at once.
    await page.getByRole('tab', { name: '配達割当' }).click();
    await page.getByLabel('地区', { exact: true }).selectOption('本郷');
    await page.getByLabel('配達方法', { exact: true }).selectOption('HAND');
    await page.getByLabel('手渡しする人').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'この地区の世帯を割り当てる' }).click();
    await expect(page.getByRole('status').filter({ hasText: '割当を保存しました（2世帯）' })).toBeVisible();
    const hongo = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '本郷', exact: true }) });
    await expect(hongo.getByRole('cell')).toHaveText(['2', '2', '0', '0']);
    await expectAccessible(page);
    await shot(page, 'food-round-assignment');

    // 結果と様子: a worrying visit reaches a counsellor.
    await page.getByRole('tab', { name: '結果と様子' }).click();
    const aokiRow = page.getByTestId(/^outcome-/).filter({ hasText: '青木 さくら' });
    await aokiRow.getByLabel('結果', { exact: true }).selectOption('DELIVERED');
    await aokiRow.getByLabel('様子', { exact: true }).selectOption('URGENT');
    await aokiRow.getByLabel('ひとこと（500字まで）').fill('玄関先で子どもが泣いていて、保護者が疲れた様子');
    await aokiRow.getByRole('button', { name: '青木 さくらさんの結果を記録' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '青木 さくらさんの結果を記録し、相談員に連絡しました。' }),
    ).toBeVisible();
    await expect(aokiRow).toContainText('緊急・相談員が対応中');
    const inoueRow = page.getByTestId(/^outcome-/).filter({ hasText: '井上 みなみ' });
    await inoueRow.getByLabel('結果', { exact: true }).selectOption('ABSENT');
    await inoueRow.getByRole('button', { name: '井上 みなみさんの結果を記録' }).click();
    await expect(page.getByRole('status').filter({ hasText: '井上 みなみさんの結果を記録しました。' })).toBeVisible();
    await expectAccessible(page);
    await shot(page, 'food-round-outcomes');

    // 宅配CSV: the courier households, Shift_JIS.
    await page.getByRole('tab', { name: '宅配CSV' }).click();
    await expect(page.getByTestId('courier-count')).toHaveText('宅配便の世帯：3世帯');
    await page.getByLabel('ご依頼主名').fill('文京区こども宅食事務局');
    await page.getByLabel('ご依頼主電話番号').fill('03-0000-9999');
    await page.getByLabel('ご依頼主郵便番号').fill('112-0003');
    await page.getByLabel('ご依頼主住所').fill('東京都文京区春日9-9-9');
    await expectAccessible(page);
    await shot(page, 'food-round-courier');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSVを書き出す' }).click();
    const download = await downloading;
    const bytes = await readFile(String(await download.path()));
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toMatch(/^お客様管理番号,送り状種類,クール区分/);
    expect(text).toContain('江口 ゆい');
    expect(text).toContain('東京都文京区千駄木9-9-5');
    expect(text).not.toContain('青木 さくら');
    await expect(page.getByRole('status').filter({ hasText: '3世帯分のCSVを書き出しました。' })).toBeVisible();

    // The round is delivering: it completes only once every household has an outcome.
    await expect(page.getByTestId('round-status')).toHaveText('配達中');
    await expect(page.getByRole('button', { name: '梱包を始める' })).toHaveCount(0);
    await page.getByRole('button', { name: '配送を完了する' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '結果が未記録の世帯が4世帯あります。' })).toBeVisible();
    await expect(page.getByTestId('round-status')).toHaveText('配達中');
    await expectAccessible(page);
    await shot(page, 'food-round-status');

    // The counsellor: told by the bell, the urgent task first and unmistakable, closed with a word.
    await page.getByRole('button', { name: 'ログアウト' }).click();
    // Signing out loads the sign-in page itself: a navigation of our own would race it.
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, 'counselor@bunkyo.tsunagu.example');
    await expect(page.getByTestId('bell-count')).toBeVisible();
    await page.getByTestId('bell').click();
    await page.getByRole('link', { name: '【緊急】家庭のフォローが必要です（配達時の様子）' }).first().click();
    await expect(page.getByRole('heading', { name: '対応タスク', level: 1 })).toBeVisible();
    // The bell's popover stays open over the page after following its link: closed as a person would.
    await page.keyboard.press('Escape');
    const task = page.getByTestId('tasks').getByRole('listitem').first();
    await expect(task).toHaveAttribute('data-urgency', 'URGENT');
    await expect(task).toContainText('こども宅食 令和7年度 第2回: 配達時の様子「緊急」');
    await expect(task).toContainText('青木 さくら');
    await expect(task).toContainText('玄関先で子どもが泣いていて、保護者が疲れた様子');
    await expectAccessible(page);
    await shot(page, 'counsellor-tasks');
    await task.getByLabel('対応の内容（任意）').fill('電話で様子を伺い、面談を設定');
    await task.getByRole('button', { name: '青木 さくらを対応済みにする' }).click();
    await expect(page.getByRole('status').filter({ hasText: '対応済みにしました。' })).toBeVisible();
    await expect(page.getByText('対応が必要なタスクはありません。')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("Bunkyo's admin starts packing a planned round, takes it back to planned, and cancels it after confirming", async ({
    page,
    request,
  }) => {
    const problems = watchPage(page);
    const admin = {
      authorization: `Bearer ${await apiLogin(request, 'admin@bunkyo.tsunagu.example')}`,
      'x-tenant': 'bunkyo',
    };
    const { programmes } = await graphql<{ programmes: { id: string; kind: string }[] }>(
      request,
      '{ programmes { id kind } }',
      {},
      admin,
    );
    const programmeId = programmes.find((p) => p.kind === 'FOOD_DELIVERY')?.id;
    if (!programmeId) throw new Error('the demo has no food-delivery programme in Bunkyo');
    const { createFoodRound } = await graphql<{ createFoodRound: { id: string } }>(
      request,
      'mutation($input: CreateFoodRoundInput!) { createFoodRound(input: $input) { id } }',
      {
        input: { programmeId, name: '令和9年度 臨時回', startsOn: '2027-11-01', endsOn: '2027-11-10', capacity: 100 },
      },
      admin,
    );
    await page.goto('/login');
    await signIn(page, 'admin@bunkyo.tsunagu.example');
    await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
    await page.goto(`/bunkyo/food-delivery/rounds/${createFoodRound.id}`);
    await expect(page.getByRole('heading', { name: /令和9年度 臨時回/, level: 1 })).toBeVisible();
    const status = page.getByTestId('round-status');
    await expect(status).toHaveText('準備中');
    await page.getByRole('button', { name: '梱包を始める' }).click();
    await expect(page.getByRole('status').filter({ hasText: '梱包を始めました。' })).toBeVisible();
    await expect(status).toHaveText('梱包中');
    await expect(page.getByRole('button', { name: '配送を始める' })).toBeVisible();
    await expectAccessible(page);
    await shot(page, 'food-round-packing-status');
    await page.getByRole('button', { name: '計画に戻す' }).click();
    await expect(status).toHaveText('準備中');

    // 中止 asks first; declining changes nothing.
    await page.getByRole('button', { name: '中止する' }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toContainText('この回を中止しますか？');
    await question.getByRole('button', { name: 'やめる' }).click();
    await expect(question).toHaveCount(0);
    await expect(status).toHaveText('準備中');
    await page.getByRole('button', { name: '中止する' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '中止する' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'この回を中止しました。' })).toBeVisible();
    await expect(status).toHaveText('中止');
    await expect(page.getByTestId('packing-summary')).toHaveText(/^0世帯/);
    await expect(page.getByRole('button', { name: '計画に戻す' })).toHaveCount(0);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });
});
