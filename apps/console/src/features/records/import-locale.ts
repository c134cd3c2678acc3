import { addTexts } from '../../lib/i18n';
import type { Shape } from '../../locales/shape';

/** The kintone import (records.import), loaded with its page. */
export const recordsImportJa = {
  recordsImport: {
    title: 'kintoneからの取り込み',
    lead: 'kintoneの「ファイルに書き出す」で書き出したCSVを、アセスメントシートの様式に取り込みます。まず確認し、結果を見てから取り込みます。',
    template: '取り込む様式',
    file: 'kintoneのCSVファイル',
    mapping: '対応表（JSON）',
    mappingHelp:
      'kintoneのどのフィールドを様式のどの項目にするか、選択肢の読み替え、家族の見つけ方を書きます（docs/operations.md）。',
    encoding: '文字コード',
    encodings: { auto: '自動判定', 'utf-8': 'UTF-8', shift_jis: 'Shift_JIS' },
    check: '確認する（書き込みません）',
    run: '取り込む',
    again: '別のファイルを取り込む',
    needed: 'ファイルと対応表を選んでください。',
    reading: 'ファイルを読んでいます…',
    progress: '{{done}} / {{total}} 件',
    checked:
      '確認の結果：作成 {{created}}件、更新 {{updated}}件、変更なし {{unchanged}}件、取り込めない {{refused}}件（全 {{records}}件、{{encoding}}）。何も書き込んでいません。',
    done: '取り込みました：作成 {{created}}件、更新 {{updated}}件、変更なし {{unchanged}}件、取り込めなかった {{refused}}件（全 {{records}}件）。',
    failed: '取り込めません：{{message}}',
    stopped: '途中で止まりました（それまでの記録は保存されています）：{{message}}',
    rows: '行ごとの結果',
    line: '行',
    recordNumber: 'レコード番号',
    outcome: '結果',
    reason: '理由',
    outcomes: { created: '作成', updated: '更新', unchanged: '変更なし', refused: '取り込めない' },
    onlyRefused: '取り込めない行だけ表示',
    fields: { family: '家族の特定', record: 'レコード' },
  },
};

export const recordsImportEn: Shape<typeof recordsImportJa> = {
  recordsImport: {
    title: 'Import from kintone',
    lead: "Imports a CSV written by kintone's “Export to file” into an assessment template. Check it first, read the result, then import.",
    template: 'Template',
    file: 'kintone CSV file',
    mapping: 'Mapping (JSON)',
    mappingHelp:
      'Which kintone field becomes which template field, how choice labels translate, how a record finds its family (docs/operations.md).',
    encoding: 'Encoding',
    encodings: { auto: 'Detect', 'utf-8': 'UTF-8', shift_jis: 'Shift_JIS' },
    check: 'Check (writes nothing)',
    run: 'Import',
    again: 'Import another file',
    needed: 'Choose a file and a mapping.',
    reading: 'Reading the file…',
    progress: '{{done}} / {{total}} records',
    checked:
      'Check: {{created}} to create, {{updated}} to update, {{unchanged}} unchanged, {{refused}} refused ({{records}} records, {{encoding}}). Nothing was written.',
    done: 'Imported: {{created}} created, {{updated}} updated, {{unchanged}} unchanged, {{refused}} refused ({{records}} records).',
    failed: 'Cannot import: {{message}}',
    stopped: 'Stopped midway (the records so far are kept): {{message}}',
    rows: 'Row by row',
    line: 'Line',
    recordNumber: 'Record number',
    outcome: 'Result',
    reason: 'Why',
    outcomes: { created: 'Create', updated: 'Update', unchanged: 'Unchanged', refused: 'Refused' },
    onlyRefused: 'Only refused rows',
    fields: { family: 'Finding the family', record: 'Record' },
  },
};

addTexts({ ja: recordsImportJa, en: recordsImportEn });
