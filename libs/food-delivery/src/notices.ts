/** What a family is told on LINE at each step of its application (automatic messages of its thread). */

export interface RoundWhen {
  name: string;
  startsOn: string;
  endsOn: string;
}

/** `2025-07-01` → `7月1日` */
function day(date: string): string {
  const [, month, dayOfMonth] = date.split('-').map(Number);
  return `${month}月${dayOfMonth}日`;
}

function when(round: RoundWhen): string {
  return round.startsOn === round.endsOn
    ? `${round.name}（${day(round.startsOn)}）`
    : `${round.name}（${day(round.startsOn)}〜${day(round.endsOn)}）`;
}

export const FOOD_NOTICES = {
  link: (programme: string, url: string, hours: number) =>
    `${programme}のお申し込みページです。下のリンクから、${hours}時間以内にお申し込みください（リンクは1回だけ使えます）。\n${url}`,
  alreadyApplied: (programme: string) =>
    `${programme}には、すでにお申し込みいただいています。状況が変わりましたら、このトークでお知らせします。`,
  applied: (programme: string) =>
    `${programme}のお申し込みを受け付けました。内容を確認して、このトークでご連絡します。`,
  eligible: (programme: string) => `${programme}のお申し込みを確認しました。お届けの準備ができしだい、ご連絡します。`,
  ineligible: (programme: string) =>
    `申し訳ありませんが、今回のお申し込みは${programme}の対象となりませんでした。ご不明な点やお困りのことがあれば、このトークでご相談ください。`,
  enrolled: (programme: string, round: RoundWhen | null) =>
    round
      ? `${programme}に登録しました。${when(round)}にお届けします。`
      : `${programme}に登録しました。お届けの日程が決まりしだい、お知らせします。`,
  waitlisted: (programme: string) =>
    `${programme}は現在定員に達しているため、キャンセル待ちとして登録しました。空きが出しだい、お申し込み順にご案内します。`,
  promoted: (programme: string, round: RoundWhen) =>
    `お待たせしました。${programme}に空きが出たため、登録しました。${when(round)}にお届けします。`,
} as const;
