import type { Shape } from '../../locales/shape';

/** Notes on a referral, written and read by both sides. */
export const referralNotesJa = {
  referralNotes: {
    title: 'メモを残す',
    label: 'メモ',
    hint: '経過に残り、紹介先と相談窓口の両方が読みます。ご家族の詳しい情報は書かないでください（2000文字まで）。',
    submit: 'メモを残す',
    done: 'メモを残しました。',
    tooLong: '2000文字以内で入力してください',
    step: 'メモ',
    assessmentShared: 'アセスメントの項目を共有',
  },
};

export const referralNotesEn: Shape<typeof referralNotesJa> = {
  referralNotes: {
    title: 'Add a note',
    label: 'Note',
    hint: 'It stays in the history, which both the agency and the counselling desk read. Do not write details about the family (up to 2,000 characters).',
    submit: 'Add the note',
    done: 'Note added.',
    tooLong: 'Use 2,000 characters or fewer',
    step: 'Note',
    assessmentShared: 'Assessment fields shared',
  },
};
