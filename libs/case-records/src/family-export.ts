import { localDateTime } from '@tsunagu/platform/calendar';
import { fieldsOf, FieldKind, type AssessmentValues, type FieldDefinition, type TemplateDefinition } from './template';

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
  history: { changedAt: Date; field: string; before: unknown; after: unknown; actorName: string | null }[];
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
}

type Cell = string | number | boolean | Date | null;

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

function json(value: unknown): string {
  return value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
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
      ['アセスメント', record.assessments.length],
      ['つなぎ', record.referrals.length],
      ['同意', record.consents.length],
    ],
    [24, 60],
  );
  sheet(
    '相談メッセージ',
    ['日時', '方向', '種類', '本文', '送信者', '自動応答'],
    record.messages.map((m) => [
      m.sentAt,
      m.direction === 'in' ? '家族から' : '相談窓口から',
      m.type,
      m.text,
      m.senderName,
      m.automatic,
    ]),
    [20, 12, 10, 80, 20, 12],
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
    record.history.map((h) => [h.changedAt, h.field, json(h.before), json(h.after), h.actorName]),
    [20, 30, 40, 40, 16],
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
