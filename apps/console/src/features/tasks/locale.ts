import { addTexts } from '../../lib/i18n';
import type { Shape } from '../../locales/shape';

/** Counsellors' tasks about families (raised by a food delivery's worrying observation). */
export const tasksJa = {
  tasks: {
    title: '対応タスク',
    lead: '配達時の様子などから、相談員のフォローが必要になった家庭です。自分の担当と、まだ担当のいないものが並びます。',
    counts: '自分の担当 {{mine}}件・担当なし {{unassigned}}件',
    showOpen: '未対応',
    showDone: '対応済み',
    none: '対応が必要なタスクはありません。',
    noneDone: '対応済みのタスクはまだありません。',
    urgency: { CONCERN: '気になる', URGENT: '緊急' },
    family: '家庭',
    detail: '配達した人のメモ',
    raisedBy: '{{name}}さんが記録（{{at}}）',
    assignee: '担当：{{name}}',
    unassigned: '担当なし',
    openCase: 'ケース記録を開く',
    openConversation: '相談を開く',
    take: '自分が担当する',
    takeNamed: '{{title}}を自分が担当する',
    doneNote: '対応の内容（任意）',
    complete: '対応済みにする',
    completeNamed: '{{title}}を対応済みにする',
    doneAt: '{{name}}さんが対応済みにしました（{{at}}）',
    completed: '対応済みにしました。',
    failed: '保存できませんでした：{{message}}',
  },
};

const tasksEn: Shape<typeof tasksJa> = {
  tasks: {
    title: 'Tasks',
    lead: 'Families a counsellor should follow up, raised by a delivery and the like: yours and those nobody has taken yet.',
    counts: 'Yours: {{mine}}; unassigned: {{unassigned}}',
    showOpen: 'Open',
    showDone: 'Done',
    none: 'No task needs doing.',
    noneDone: 'No task done yet.',
    urgency: { CONCERN: 'Concern', URGENT: 'Urgent' },
    family: 'Family',
    detail: "The deliverer's note",
    raisedBy: 'Recorded by {{name}} ({{at}})',
    assignee: 'Assigned to {{name}}',
    unassigned: 'Unassigned',
    openCase: 'Open the case record',
    openConversation: 'Open the conversation',
    take: 'Take it',
    takeNamed: 'Take {{title}}',
    doneNote: 'What was done (optional)',
    complete: 'Mark done',
    completeNamed: 'Mark {{title}} done',
    doneAt: 'Done by {{name}} ({{at}})',
    completed: 'Marked done.',
    failed: 'Could not save: {{message}}',
  },
};

addTexts({ ja: tasksJa, en: tasksEn });
