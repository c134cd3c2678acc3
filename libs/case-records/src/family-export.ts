import { localDateTime } from '@tsunagu/platform/calendar';
import type { SharedAssessmentField } from './assessment-share';
import type { ChangeLabels } from './case-history';
import { fieldsOf, FieldKind, type AssessmentValues, type FieldDefinition, type TemplateDefinition } from './template';
import { zip } from './zip';

/** Everything tsunagu holds about one family, as the export shows it (names, not ids, where a person reads it). */
export interface FamilyRecord {
  tenantName: string;
  /** The tenant's zone: every instant is shown as its local date and time. */
  timeZone: string;
  generatedAt: Date;
  family: {
    displayName: string | null;
    channelName: string;
    status: string;
    labels: string[];
    firstContactAt: Date;
    lastContactAt: Date;
  };
  attributes: { label: string; value: string }[];
  messages: {
    sentAt: Date;
    direction: 'in' | 'out';
    type: string;
    text: string | null;
    senderName: string | null;
    automatic: string | null;
    /** An image, video, audio or file message: its file in the archive, or why there is none. */
    attachment: { path: string | null; note: string | null } | null;
  }[];
  caseRecord: {
    status: string;
    risk: number | null;
    responsibleName: string | null;
    nextReviewOn: string | null;
    createdAt: Date;
  } | null;
  assessments: {
    templateName: string;
    version: number;
    definition: TemplateDefinition;
    values: AssessmentValues;
    createdByName: string | null;
    createdAt: Date;
    updatedAt: Date;
  }[];
  /** The case's changes, oldest first, as the case page reads them (labels of the template version of their time). */
  history: { changedAt: Date; item: string; before: string; after: string; actorName: string | null }[];
  /** What each sent referral gave its partner (the snapshot the partner reads), when, and whether consent was withdrawn since. */
  shares: {
    partnerName: string;
    sharedAt: Date;
    withdrawnAt: Date | null;
    summary: string | null;
    displayName: string | null;
    messages: { direction: 'in' | 'out'; text: string; sentAt: string }[];
    assessmentFields: SharedAssessmentField[];
  }[];
  referrals: {
    partnerName: string;
    status: string;
    summary: string;
    sentAt: Date | null;
    respondBy: string | null;
    outcome: string | null;
    createdAt: Date;
    events: {
      occurredAt: Date;
      fromStatus: string | null;
      toStatus: string;
      side: string;
      reason: string | null;
      note: string | null;
    }[];
  }[];
  consents: {
    partnerName: string;
    purpose: string;
    method: string;
    obtainedOn: string;
    obtainedByName: string | null;
    note: string | null;
    withdrawnAt: Date | null;
    withdrawalNote: string | null;
  }[];
  /**
   * The family's food-delivery (こども宅食) households. The address is not in the file (only that one
   * is kept): the file leaves the city's hands, and the family knows where they live.
   */
  foodHouseholds: {
    programmeName: string;
    appliedAt: Date;
    source: string;
    status: string;
    statusReason: string | null;
    name: string;
    hasAddress: boolean;
    area: string;
    childrenBirthMonths: string[];
    eligibilityBasis: string;
    eligibilityNote: string | null;
    allergies: string | null;
    preferredMethod: string;
    preferredTimes: string | null;
    visitConsent: boolean;
    rounds: {
      roundName: string;
      startsOn: string;
      endsOn: string;
      deliveryMethod: string | null;
      outcome: string | null;
      observation: string | null;
      observationNote: string | null;
    }[];
  }[];
}

/** A link to a file beside the workbook in the archive (Excel opens it once the archive is extracted). */
interface Link {
  text: string;
  hyperlink: string;
}
type Cell = string | number | boolean | Date | Link | null;

/** An assessment's values as lines a person reads: `label`, then the value (choices by label, tables row by row). */
export function assessmentLines(definition: TemplateDefinition, values: AssessmentValues): [string, string][] {
  const lines: [string, string][] = [];
  for (const field of fieldsOf(definition)) {
    const value = values[field.key];
    if (value === undefined || value === null) continue;
    if (field.kind === FieldKind.TABLE && Array.isArray(value)) {
      (value as Record<string, unknown>[]).forEach((row, r) => {
        for (const column of field.columns ?? []) {
          if (row[column.key] == null) continue;
          lines.push([`${field.label} ${r + 1}: ${column.label}`, shown(column, row[column.key])]);
        }
      });
    } else {
      lines.push([field.label, shown(field, value)]);
    }
  }
  return lines;
}

function shown(field: FieldDefinition, value: unknown): string {
  const choice = (v: unknown) => field.choices?.find((c) => c.value === v)?.label ?? String(v);
  switch (field.kind) {
    case FieldKind.SINGLE_CHOICE:
      return choice(value);
    case FieldKind.MULTIPLE_CHOICE:
      return (Array.isArray(value) ? value : [value]).map(choice).join('、');
    case FieldKind.YES_NO:
      return value ? 'はい' : 'いいえ';
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** A case's own fields, as the case page names them. */
const CASE_FIELDS: Record<string, string> = {
  status: '状態',
  risk: 'リスク',
  responsibleUserId: '担当相談員',
  nextReviewOn: '次回確認日',
};
const STATUSES: Record<string, string> = { open: '対応中', monitoring: '見守り', closed: '終結' };
const RISKS: Record<string, string> = { '0': '0 なし', '1': '1 低', '2': '2 中', '3': '3 高' };

/** A value already read by `readableValue` (choices by label), as text: lists with 、, yes/no in words, table rows one per line. */
export function valueText(value: unknown, kind: FieldKind | null = null): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (kind === FieldKind.RISK_SCALE && typeof value === 'number') return RISKS[String(value)] ?? String(value);
  if (Array.isArray(value)) {
    return value.every((v) => typeof v !== 'object' || v === null)
      ? value.map((v) => valueText(v)).join('、')
      : value.map((row, i) => `${i + 1}: ${valueText(row)}`).join('\n');
  }
  if (typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .map((v) => valueText(v))
      .join(' / ');
  }
  return String(value);
}

/**
 * One history row as a person reads it: where (`section › field`, a table's `n行目 › column`, or the
 * case's own field) and the values before and after, from the labels `labelChanges` gives.
 */
export function changeLine(field: string, labels: ChangeLabels): { item: string; before: string; after: string } {
  const before = labels.beforeShown;
  const after = labels.afterShown;
  if (field === 'assessment') {
    return {
      item: `アセスメントを追加（${labels.label ?? '様式'}）`,
      before: '',
      after: after === null ? '' : `第${String(after)}版`,
    };
  }
  if (field === 'templateVersion') {
    const version = (v: unknown) => (v === null || v === undefined ? '' : `第${String(v)}版`);
    return { item: `様式の版（${labels.label ?? '様式'}）`, before: version(before), after: version(after) };
  }
  if (labels.label !== null) {
    const where = [
      labels.section,
      labels.row === null ? labels.label : `${labels.label} ${labels.row}行目`,
      labels.column,
    ]
      .filter((part): part is string => Boolean(part))
      .join(' › ');
    return { item: where, before: valueText(before, labels.kind), after: valueText(after, labels.kind) };
  }
  const own = CASE_FIELDS[field];
  if (own) {
    const shown = (v: unknown) =>
      field === 'status'
        ? (STATUSES[String(v)] ?? valueText(v))
        : field === 'risk' && v !== null
          ? (RISKS[String(v)] ?? valueText(v))
          : valueText(v);
    return { item: own, before: shown(before), after: shown(after) };
  }
  // A field the template versions no longer describe: its key, so nothing is hidden.
  return { item: field.replace(/^values\./, ''), before: valueText(before), after: valueText(after) };
}

/** Food-delivery words as the console shows them. */
const FOOD_STATUSES: Record<string, string> = {
  applied: '申込み',
  eligible: '確認済み',
  ineligible: '対象外',
  enrolled: '登録',
  waitlisted: 'キャンセル待ち',
  withdrawn: '辞退',
};
const FOOD_SOURCES: Record<string, string> = { line: 'LINEから申込み', staff: '職員が登録' };
const FOOD_BASES: Record<string, string> = {
  child_rearing_allowance: '児童扶養手当',
  school_attendance_aid: '就学援助',
  other: 'その他',
};
const FOOD_METHODS: Record<string, string> = { courier: '宅配便', hand: '手渡し' };
const FOOD_OUTCOMES: Record<string, string> = {
  delivered: '配達済み',
  absent: '不在',
  redelivery_arranged: '再配達手配済み',
  refused: '受取辞退',
};
const FOOD_OBSERVATIONS: Record<string, string> = { fine: '問題なし', concern: '気になる', urgent: '緊急' };
/** What the file says of a household's address instead of the address. */
export const FOOD_ADDRESS_WITHHELD = '記録あり（この書類には載せていません。窓口で本人確認のうえお伝えします）';

/** Message types as the family and the counsellors call them. */
const MESSAGE_TYPES: Record<string, string> = {
  text: 'テキスト',
  image: '画像',
  video: '動画',
  audio: '音声',
  file: 'ファイル',
  sticker: 'スタンプ',
  location: '位置情報',
  postback: 'ボタンの選択',
};

/** Why a media message has no file in the export. */
export const MEDIA_NOTES: Record<string, string> = {
  pending: 'まだLINEから受け取っていません',
  too_large: '大きすぎるため保存していません',
  expired: 'LINEの保存期間が過ぎていて受け取れませんでした',
  failed: 'LINEから受け取れませんでした',
  erased: '家族が送信を取り消したため消去しました',
};

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'audio/m4a': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/mp4': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/aac': 'aac',
  'application/pdf': 'pdf',
};

/**
 * The archive path of the `n`th media (from 1): `media/003.jpg`, or with a file's own name
 * `media/003_母子手帳.pdf`, stripped of what no file system takes (slashes, `..`, control characters).
 */
export function mediaPath(n: number, contentType: string | null, fileName: string | null): string {
  const number = String(n).padStart(3, '0');
  const safe = (fileName ?? '')
    .normalize('NFC')
    .split('')
    .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || '/\\:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  if (safe) return `media/${number}_${safe}`;
  return `media/${number}.${EXTENSIONS[contentType ?? ''] ?? 'bin'}`;
}

/**
 * The family's record as an Excel workbook for a disclosure request (開示請求): one sheet per kind
 * of data, Japanese headings, every row as it is kept. A workbook, because the city hands it to a
 * person who opens it, and Excel reads UTF-8 Japanese without asking about encodings.
 */
export async function renderFamilyRecordXlsx(record: FamilyRecord): Promise<Buffer> {
  // Loaded when an export is made: the library is large and most processes never need it.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'tsunagu';
  workbook.created = record.generatedAt;
  const sheet = (name: string, header: string[], rows: Cell[][], widths: number[] = []) => {
    const added = workbook.addWorksheet(name);
    added.addRow(header).font = { bold: true };
    for (const row of rows)
      added.addRow(row.map((cell) => (cell instanceof Date ? localDateTime(cell, record.timeZone) : cell)));
    header.forEach((_, i) => (added.getColumn(i + 1).width = widths[i] ?? 20));
  };
  const f = record.family;
  sheet(
    '概要',
    ['項目', '内容'],
    [
      ['自治体', record.tenantName],
      ['作成日時', record.generatedAt],
      ['表示名', f.displayName],
      ['LINEチャネル', f.channelName],
      ['状態', f.status],
      ['ラベル', f.labels.join('、')],
      ['初回の連絡', f.firstContactAt],
      ['最後の連絡', f.lastContactAt],
      ...record.attributes.map((a): Cell[] => [`属性: ${a.label}`, a.value]),
      ['相談メッセージ', record.messages.length],
      ['添付ファイル', record.messages.filter((m) => m.attachment?.path).length],
      ['アセスメント', record.assessments.length],
      ['つなぎ', record.referrals.length],
      ['つなぎ先と共有した内容', record.shares.length],
      ['同意', record.consents.length],
      ['こども宅食の世帯', record.foodHouseholds.length],
    ],
    [24, 60],
  );
  sheet(
    '相談メッセージ',
    ['日時', '方向', '種類', '本文', '送信者', '自動応答', '添付ファイル'],
    record.messages.map((m) => [
      m.sentAt,
      m.direction === 'in' ? '家族から' : '相談窓口から',
      MESSAGE_TYPES[m.type] ?? m.type,
      m.text,
      m.senderName,
      m.automatic,
      m.attachment?.path ? { text: m.attachment.path, hyperlink: m.attachment.path } : (m.attachment?.note ?? null),
    ]),
    [20, 12, 10, 80, 20, 12, 40],
  );
  const c = record.caseRecord;
  sheet(
    'ケース記録',
    ['項目', '内容'],
    c
      ? [
          ['状態', c.status],
          ['リスク', c.risk],
          ['担当相談員', c.responsibleName],
          ['次回見直し日', c.nextReviewOn],
          ['開始日時', c.createdAt],
        ]
      : [['ケース', 'なし']],
    [24, 60],
  );
  sheet(
    'アセスメント',
    ['記録日時', 'テンプレート', '版', '記録者', '項目', '内容'],
    record.assessments.flatMap((a) =>
      assessmentLines(a.definition, a.values).map(([label, value]): Cell[] => [
        a.createdAt,
        a.templateName,
        a.version,
        a.createdByName,
        label,
        value,
      ]),
    ),
    [20, 24, 6, 16, 30, 60],
  );
  sheet(
    '変更履歴',
    ['日時', '項目', '変更前', '変更後', '変更者'],
    record.history.map((h) => [h.changedAt, h.item, h.before, h.after, h.actorName]),
    [20, 40, 40, 40, 16],
  );
  sheet(
    'つなぎ',
    ['作成日時', 'つなぎ先', '状態', '送付日時', '回答期限', '結果', '概要'],
    record.referrals.map((r) => [r.createdAt, r.partnerName, r.status, r.sentAt, r.respondBy, r.outcome, r.summary]),
    [20, 24, 12, 20, 12, 12, 80],
  );
  sheet(
    'つなぎの経過',
    ['日時', 'つなぎ先', '変更前', '変更後', '側', '理由', 'メモ'],
    record.referrals.flatMap((r) =>
      r.events.map((e): Cell[] => [e.occurredAt, r.partnerName, e.fromStatus, e.toStatus, e.side, e.reason, e.note]),
    ),
    [20, 24, 12, 12, 10, 20, 60],
  );
  sheet(
    'つなぎ先と共有した内容',
    ['共有日時', 'つなぎ先', '種類', '項目', '内容', '同意の撤回'],
    record.shares.flatMap((s): Cell[][] => {
      const row = (kind: string, item: string | null, value: string | null): Cell[] => [
        s.sharedAt,
        s.partnerName,
        kind,
        item,
        value,
        s.withdrawnAt,
      ];
      // A withdrawal empties the snapshot: what was given is gone from the partner's view too.
      if (s.withdrawnAt) return [row('取り消し', null, '同意の撤回により、つなぎ先から見えなくなりました')];
      return [
        ...(s.summary ? [row('概要', null, s.summary)] : []),
        ...(s.displayName ? [row('表示名', null, s.displayName)] : []),
        ...s.messages.map((m) =>
          row(
            'メッセージ',
            `${localDateTime(new Date(m.sentAt), record.timeZone)} ${m.direction === 'in' ? '家族から' : '相談窓口から'}`,
            m.text,
          ),
        ),
        ...s.assessmentFields.map((f) => row('アセスメント', `${f.section} › ${f.label}`, sharedValueText(f))),
      ];
    }),
    [20, 24, 12, 30, 60, 20],
  );
  sheet(
    '同意',
    ['同意日', '提供先', '目的', '方法', '確認した相談員', 'メモ', '撤回日時', '撤回メモ'],
    record.consents.map((k) => [
      k.obtainedOn,
      k.partnerName,
      k.purpose,
      k.method,
      k.obtainedByName,
      k.note,
      k.withdrawnAt,
      k.withdrawalNote,
    ]),
    [12, 24, 40, 12, 16, 40, 20, 40],
  );
  const word = (words: Record<string, string>, value: string | null) => (value ? (words[value] ?? value) : null);
  sheet(
    'こども宅食',
    [
      '事業',
      '申込日時',
      '申込みの経路',
      '状態',
      '状態の理由',
      '世帯名',
      '住所',
      '地域',
      '子どもの生年月',
      '対象の根拠',
      '根拠のメモ',
      'アレルギー',
      '受け取り方法',
      '希望の時間帯',
      '訪問の同意',
      '配送回ごとの記録',
    ],
    record.foodHouseholds.map((h) => [
      h.programmeName,
      h.appliedAt,
      word(FOOD_SOURCES, h.source),
      word(FOOD_STATUSES, h.status),
      h.statusReason,
      h.name,
      h.hasAddress ? FOOD_ADDRESS_WITHHELD : null,
      h.area,
      h.childrenBirthMonths.join('、'),
      word(FOOD_BASES, h.eligibilityBasis),
      h.eligibilityNote,
      h.allergies,
      word(FOOD_METHODS, h.preferredMethod),
      h.preferredTimes,
      h.visitConsent ? 'はい' : 'いいえ',
      h.rounds
        .map((r) =>
          [
            `${r.roundName}（${r.startsOn}〜${r.endsOn}）`,
            word(FOOD_METHODS, r.deliveryMethod),
            word(FOOD_OUTCOMES, r.outcome) ?? '結果の記録なし',
            r.observation ? `様子: ${word(FOOD_OBSERVATIONS, r.observation)}` : null,
            r.observationNote,
          ]
            .filter(Boolean)
            .join(' / '),
        )
        .join('\n'),
    ]),
    [24, 20, 16, 12, 30, 20, 40, 12, 20, 16, 30, 30, 12, 20, 10, 80],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A shared field's value as text, a table's cells named by their columns. */
function sharedValueText(field: SharedAssessmentField): string {
  if (field.kind === FieldKind.TABLE && Array.isArray(field.value)) {
    return (field.value as Record<string, unknown>[])
      .map(
        (row, i) =>
          `${i + 1}: ${field.columns
            .filter((c) => row[c.key] !== undefined && row[c.key] !== null)
            .map((c) => `${c.label} ${valueText(row[c.key], c.kind)}`)
            .join(' / ')}`,
      )
      .join('\n');
  }
  return valueText(field.value, field.kind);
}

/** The workbook's name inside the archive. */
export const WORKBOOK_NAME = 'family-record.xlsx';

/**
 * The export for a disclosure request: a ZIP archive of the workbook and, under `media/`, every image,
 * video, audio and file of the conversation, opened from its sealed copy only into this archive. The
 * workbook's 相談メッセージ sheet links each media message to its file.
 */
export async function renderFamilyRecordArchive(
  record: FamilyRecord,
  media: { path: string; content: Buffer }[],
): Promise<Buffer> {
  const workbook = await renderFamilyRecordXlsx(record);
  return zip(
    [{ name: WORKBOOK_NAME, content: workbook }, ...media.map((m) => ({ name: m.path, content: m.content }))],
    record.generatedAt,
  );
}
