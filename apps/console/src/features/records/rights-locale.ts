import { addTexts } from '../../lib/i18n';

/** Retention of closed cases and a family's rights (disclosure, erasure): loaded with their screens. */
const rightsJa = {
  rights: {
    title: '開示請求・消去',
    lead: '家族からの開示請求や消去の依頼に応じます。どちらも監査記録に残ります。',
    export: '記録をダウンロード（ZIP：Excelと写真・ファイル）',
    exported:
      'ダウンロードしました。ZIPを展開すると、Excelの記録と、やりとりした写真・ファイル（media フォルダ）があります。ご家族に渡す前に内容をご確認ください。',
    erase: 'この家族を消去する…',
    planTitle: '消去の内容',
    erasedTitle: '消去するもの',
    keptTitle: '残すもの（市が保存しなければならない記録）',
    count: '{{count}} 件',
    erased: {
      MESSAGES: '相談メッセージ',
      CASE_RECORD: 'ケース記録',
      ASSESSMENTS: 'アセスメント',
      CASE_HISTORY: 'ケース記録の変更履歴',
      ATTRIBUTES: '属性（お住まいの区など）',
      DRAFT_REFERRALS: '送付前のつなぎ（下書き）',
      FOOD_HOUSEHOLDS:
        'こども宅食の世帯の名前・住所・お子さんの生年月・アレルギー・メモ（世帯は「辞退」になり、配達した件数だけが残ります）',
      PROFILE: '表示名・タグ・LINE アカウントとの結びつき',
    },
    kept: {
      SENT_REFERRALS: 'つなぎ先に送付したつなぎとその経過（第三者提供の記録、個人情報保護法第29条）',
      CONSENTS: 'そのつなぎの根拠となった同意と撤回の記録',
      AUDIT_TRAIL: '監査記録（誰がいつ何をしたか。内容は含みません。改ざん検知のため消せません）',
    },
    irreversible: '消去は取り消せません。必要なら先に記録をダウンロードしてください。',
    confirmLabel: '確認のため、家族の表示名「{{name}}」を入力してください',
    confirm: '消去する',
    cancel: 'やめる',
    done: '{{name}} さんの記録を消去しました（メッセージ {{messages}} 件、ケース {{cases}} 件、匿名化したこども宅食の世帯 {{households}} 件）。',
    retention: {
      title: '終結したケースの保存期間',
      lead: '終結からこの年数が過ぎたケース記録は、アセスメントと変更履歴とともに毎日の処理で削除されます（削除した件数だけが監査記録に残ります）。',
      years: '保存期間（年）',
      range: '1〜30 の年数を入力してください',
      save: '保存する',
      saved: '保存しました。',
    },
  },
};

const rightsEn: typeof rightsJa = {
  rights: {
    title: 'Disclosure and erasure',
    lead: "Answer a family's disclosure request or erasure request. Both are recorded in the audit trail.",
    export: 'Download the record (ZIP: Excel, photos and files)',
    exported:
      'Downloaded. The ZIP holds the record as an Excel workbook and the photos and files exchanged (the media folder). Check it before handing it to the family.',
    erase: 'Erase this family…',
    planTitle: 'What erasure does',
    erasedTitle: 'Erased',
    keptTitle: 'Kept (records the city must keep)',
    count: '{{count}}',
    erased: {
      MESSAGES: 'Consultation messages',
      CASE_RECORD: 'Case record',
      ASSESSMENTS: 'Assessments',
      CASE_HISTORY: "The case record's history",
      ATTRIBUTES: 'Attributes (ward and the like)',
      DRAFT_REFERRALS: 'Referrals never sent (drafts)',
      FOOD_HOUSEHOLDS:
        "Food-delivery households' names, addresses, children's birth months, allergies and notes (the household is withdrawn; only what was delivered stays, as counts)",
      PROFILE: 'Display name, tags and the link to the LINE account',
    },
    kept: {
      SENT_REFERRALS:
        'Referrals sent to partners and their timelines (the record of provision to a third party, APPI art. 29)',
      CONSENTS: 'The consents those referrals relied on, and their withdrawals',
      AUDIT_TRAIL: 'The audit trail (who did what, when; no content; cannot be deleted without breaking its chain)',
    },
    irreversible: 'Erasure cannot be undone. Download the record first if it is needed.',
    confirmLabel: 'To confirm, type the family\'s display name "{{name}}"',
    confirm: 'Erase',
    cancel: 'Cancel',
    done: "{{name}}'s records were erased ({{messages}} messages, {{cases}} case, {{households}} food-delivery households anonymised).",
    retention: {
      title: 'Retention of closed cases',
      lead: 'Case records closed longer ago than this are deleted, with their assessments and history, by a daily run (the audit trail keeps the counts only).',
      years: 'Years kept',
      range: 'Enter a number of years from 1 to 30',
      save: 'Save',
      saved: 'Saved.',
    },
  },
};

addTexts({ ja: rightsJa, en: rightsEn });
