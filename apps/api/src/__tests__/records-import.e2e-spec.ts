import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import {
  GENERATED_COLUMNS,
  GENERATED_MAPPING,
  GENERATED_TABLE,
  GENERATED_TEMPLATE_SECTIONS,
  generatedKintoneRecord,
  kintoneExport,
  type GeneratedEncoding,
} from '@tsunagu/kintone';
import type { ImportSummary } from '@tsunagu/case-records';
import { describeError, parseRecordsImportArgs, runRecordsImport, type CliOutput } from '../records-import-cli';
import { createLineChannel, ownerQuery, type TestChannel } from './support/line';
import { TestApp, type TestUser } from './support/test-app';

/**
 * 150 records here, thousands in the benchmark (`npm run bench -- records`): each record is a
 * transaction of its own, and the file imports six times over. 150 hold every kind of record many
 * times over (29 without a LINE user id, 55 families with two table rows or more, 44 notes with line
 * breaks), and the export is still larger than one 64 KiB chunk in either encoding (77 KB in
 * Shift_JIS, 97 KB in UTF-8), so it is decoded and parsed across chunks.
 */
const RECORDS = 150;
const SEED = 11;

/** Generated records whose LINE user id is a family of the tenant: all with an id but every tenth. */
const hasFamily = (index: number): boolean =>
  generatedKintoneRecord(index, SEED).fields['LINEユーザーID'] !== '' && index % 10 !== 9;

const generatedHeader = (): string => GENERATED_COLUMNS.map((c) => `"${c}"`).join(',');

interface Report {
  summary: ImportSummary;
  lines: string[];
  progress: [number, number][];
}

/**
 * The kintone import (`npm run records:import`): a generated kintone export of 150 records with a
 * family table, in Shift_JIS and UTF-8 with a BOM, dry-run then imported then
 * imported again; bad files and bad values refused with the row and the field, nothing half
 * written; only the tenant's own template and families.
 */
describe('importing case records from kintone', () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let admin: TestUser;
  let counsellor: TestUser;
  let yamagataAdmin: TestUser;
  let channel: TestChannel;
  let templateId: string;
  let dir: string;

  beforeAll(async () => {
    t = await TestApp.start();
    kobe = await t.newTenant({ nameJa: '神戸市' });
    yamagata = await t.newTenant({ nameJa: '山形市' });
    admin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    counsellor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
    const res = await t.graphql<{ createAssessmentTemplate: { id: string } }>(
      'mutation($input: CreateAssessmentTemplateInput!) { createAssessmentTemplate(input: $input) { id } }',
      { input: { name: 'kintone 相談記録', sections: GENERATED_TEMPLATE_SECTIONS } },
      { token: admin.token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    templateId = res.data.createAssessmentTemplate.id;
    const lineUserIds = Array.from({ length: RECORDS }, (_, i) => i)
      .filter(hasFamily)
      .map((i) => generatedKintoneRecord(i, SEED).fields['LINEユーザーID']);
    await ownerQuery(
      `insert into registrant (id, tenant_id, channel_id, line_user_id, first_contact_at, last_contact_at, created_at)
       select gen_random_uuid(), $1, $2, u, now(), now(), now() from unnest($3::text[]) u`,
      [kobe.id, channel.id, lineUserIds],
    );
    dir = mkdtempSync(join(tmpdir(), 'records-import-'));
  }, 120_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  async function exportFile(encoding: GeneratedEncoding, delimiter: ',' | '\t' | ';' = ','): Promise<string> {
    const file = join(dir, `export-${encoding}-${delimiter === '\t' ? 'tab' : delimiter}.csv`);
    await pipeline(kintoneExport({ records: RECORDS, encoding, delimiter, seed: SEED }), createWriteStream(file));
    return file;
  }

  function writeJson(value: unknown): string {
    const file = join(dir, `${randomUUID()}.json`);
    writeFileSync(file, JSON.stringify(value));
    return file;
  }

  async function runImport(
    file: string,
    options: {
      dryRun?: boolean;
      mapping?: unknown;
      /** The admin named with --as; null: none named. */
      as?: TestUser | null;
      tenant?: Tenant;
      template?: string;
      encoding?: string;
    } = {},
  ): Promise<Report> {
    const lines: string[] = [];
    const progress: [number, number][] = [];
    const out: CliOutput = {
      line: (text) => lines.push(text),
      progress: (done, total) => progress.push([done, total]),
    };
    const args = parseRecordsImportArgs([
      '--tenant',
      (options.tenant ?? kobe).slug,
      '--template',
      options.template ?? templateId,
      '--file',
      file,
      '--mapping',
      writeJson(options.mapping ?? GENERATED_MAPPING),
      ...(options.as === null ? [] : ['--as', (options.as ?? admin).email]),
      ...(options.encoding ? ['--encoding', options.encoding] : []),
      ...(options.dryRun ? ['--dry-run'] : []),
    ]);
    const summary = await runRecordsImport(t.app, args, out);
    return { summary, lines, progress };
  }

  async function failure(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
    } catch (error) {
      return describeError(error);
    }
    throw new Error('the import did not fail');
  }

  const count = async (sql: string, params: unknown[] = [kobe.id]): Promise<number> =>
    Number((await ownerQuery<{ n: string }>(sql, params))[0].n);
  const assessments = () => count('select count(*) as n from case_assessment where tenant_id = $1');
  const cases = () => count('select count(*) as n from case_record where tenant_id = $1');
  const imports = () =>
    count(`select count(*) as n from audit_event where tenant_id = $1 and action = 'case_records.imported'`);

  const expected = Array.from({ length: RECORDS }, (_, i) => i).filter(hasFamily).length;

  it('a dry run of a Shift_JIS export reports every row, created or refused and why, and writes nothing', async () => {
    const file = await exportFile('shift_jis');
    const { summary, lines, progress } = await runImport(file, { dryRun: true });
    expect(summary).toMatchObject({
      dryRun: true,
      encoding: 'shift_jis',
      records: RECORDS,
      created: expected,
      updated: 0,
      refused: RECORDS - expected,
    });
    expect(lines).toHaveLength(RECORDS);
    // Record 1 (line 2) has a family; a record without a LINE user id, and one whose id is nobody's, are refused.
    expect(lines[0]).toBe('line 2 (record 1): created');
    const noId = Array.from({ length: RECORDS }, (_, i) => i).find(
      (i) => generatedKintoneRecord(i, SEED).fields['LINEユーザーID'] === '',
    ) as number;
    expect(lines.find((l) => l.includes(`(record ${noId + 1}):`))).toContain(
      'refused: LINEユーザーID: LINEユーザーIDが空のため、家族を特定できません',
    );
    expect(lines.find((l) => l.includes('(record 10):'))).toMatch(
      /refused: family: LINEユーザーID U[0-9a-f]+ の家族がいません。記録は、LINEアカウントに連絡したことのある家族にだけ取り込めます$/,
    );
    expect(progress.at(-1)).toEqual([RECORDS, RECORDS]);
    expect(await assessments()).toBe(0);
    expect(await cases()).toBe(0);
    expect(await imports()).toBe(0);
  }, 600_000);

  it('imports a tab-delimited UTF-8 export with a BOM: a case per family, the values and tables as kintone had them, history and one audit line', async () => {
    const file = await exportFile('utf-8-bom', '\t');
    const { summary, lines } = await runImport(file);
    expect(summary).toMatchObject({ dryRun: false, encoding: 'utf-8', delimiter: '\t', created: expected, updated: 0 });
    // Only refusals are reported row by row in a real import.
    expect(lines).toHaveLength(RECORDS - expected);
    expect(await assessments()).toBe(expected);
    expect(await cases()).toBe(expected);

    // A record with table rows, as the generator made it.
    const index = Array.from({ length: RECORDS }, (_, i) => i).find(
      (i) => hasFamily(i) && generatedKintoneRecord(i, SEED).tables[GENERATED_TABLE].length >= 2,
    ) as number;
    const generated = generatedKintoneRecord(index, SEED);
    const [row] = await ownerQuery<{ values: Record<string, unknown>; created_by_id: string; case_record_id: string }>(
      `select a.values, a.created_by_id, a.case_record_id from case_assessment a
       join case_assessment_source s on s.assessment_id = a.id where s.tenant_id = $1 and s.external_id = $2`,
      [kobe.id, String(index + 1)],
    );
    expect(row.created_by_id).toBe(admin.id);
    expect(row.values['consultedOn']).toBe(generated.fields['相談日']);
    expect(row.values['income']).toBe(Number(generated.fields['月収'].replace(/,/g, '')));
    expect(row.values['consent']).toBe(generated.fields['同意'] === 'はい');
    expect(row.values['household']).toEqual(
      generated.tables[GENERATED_TABLE].map((r) => ({
        relation: r['続柄'],
        name: r['家族氏名'],
        age: Number(r['年齢']),
        // A long text's line ends as the console writes them.
        ...(r['備考'] ? { note: r['備考'].replace(/\r\n/g, '\n') } : {}),
      })),
    );
    // The history names the importer, field by field, as for a counsellor's assessment.
    expect(
      await count(
        `select count(*) as n from case_record_change where case_record_id = $1 and field = 'values.household[1].relation' and actor_id = $2`,
        [row.case_record_id, admin.id],
      ),
    ).toBe(1);
    const [audit] = await ownerQuery<{ details: Record<string, unknown>; actor_user_id: string }>(
      `select details, actor_user_id from audit_event where tenant_id = $1 and action = 'case_records.imported'`,
      [kobe.id],
    );
    expect(audit.actor_user_id).toBe(admin.id);
    // Counts only: no family's data in the import's audit line.
    expect(audit.details).toEqual({
      version: 1,
      records: RECORDS,
      created: expected,
      updated: 0,
      unchanged: 0,
      refused: RECORDS - expected,
    });
  }, 600_000);

  it('importing the export again (Shift_JIS, detected) finds every record instead of adding one, also when the record number finds the family', async () => {
    const file = await exportFile('shift_jis');
    const again = await runImport(file);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: expected, refused: RECORDS - expected });
    const byNumber = await runImport(file, { mapping: { ...GENERATED_MAPPING, family: { by: 'recordNumber' } } });
    // Records never imported cannot find a family by their number: refused, with the reason.
    expect(byNumber.summary).toMatchObject({ created: 0, unchanged: expected, refused: RECORDS - expected });
    expect(byNumber.lines[0]).toMatch(/refused: family: レコード\d+はこの様式に取り込まれたことがありません/);
    // The template by its name, as the console shows it.
    const byName = await runImport(file, { template: 'kintone 相談記録', dryRun: true });
    expect(byName.summary).toMatchObject({ created: 0, unchanged: expected });
    expect(await assessments()).toBe(expected);
    expect(await imports()).toBe(3);
  }, 600_000);

  describe('bad input', () => {
    const header =
      '"レコードの開始行","レコード番号","相談日","氏名","LINEユーザーID","相談区分","支援内容","月収","同意","リスク","相談内容","家族構成","続柄","家族氏名","年齢","備考"';
    const line = (start: string, n: number, lineUserId: string, date: string, relation: string, age: string) =>
      `"${start}","${n}","${date}","山田 花子","${lineUserId}","生活","食料支援","10,000","はい","1","相談","${relation ? n : ''}","${relation}","山田 一郎","${age}",""`;
    let family: string;

    beforeAll(async () => {
      family = `U${randomUUID().replace(/-/g, '')}`;
      await ownerQuery(
        `insert into registrant (id, tenant_id, channel_id, line_user_id, first_contact_at, last_contact_at, created_at)
         values (gen_random_uuid(), $1, $2, $3, now(), now(), now())`,
        [kobe.id, channel.id, family],
      );
    });

    function csv(name: string, lines: string[]): string {
      const file = join(dir, name);
      writeFileSync(file, [header, ...lines].join('\r\n') + '\r\n');
      return file;
    }

    it('a value that does not fit the template version refuses its record, naming the row and the kintone field; its family gets no case', async () => {
      const before = await cases();
      const file = csv('bad-values.csv', [
        line('*', 90001, family, '2026-02-30', '妻', '41'),
        // A table row without 続柄 (required by the template): the record's second line.
        line('*', 90002, family, '2026-04-01', '妻', '41'),
        line('', 90002, family, '2026-04-01', '', '7'),
      ]);
      const { summary, lines } = await runImport(file);
      expect(summary).toMatchObject({ created: 0, refused: 2 });
      expect(lines[0]).toBe('line 2 (record 90001): refused: 相談日: 「2026-02-30」は日付（YYYY-MM-DD）ではありません');
      expect(lines[1]).toBe('line 3 (record 90002): refused: 家族構成[2].続柄: 「続柄」は必須です');
      // All or nothing per record: the second record's case was not opened either.
      expect(await cases()).toBe(before);
    });

    it('a mapping that names unknown fields is refused before anything is read, naming each entry', async () => {
      const before = await assessments();
      const file = csv('good.csv', [line('*', 90003, family, '2026-04-01', '妻', '41')]);
      const message = await failure(
        runImport(file, {
          mapping: {
            ...GENERATED_MAPPING,
            fields: [...GENERATED_MAPPING.fields, { kintone: '担当者', field: 'staff' }],
          },
        }),
      );
      expect(message).toContain('KINTONE_MAPPING_INVALID');
      expect(message).toContain('mapping.fields[8]: 書き出したファイルに「担当者」の列がありません');
      expect(message).toContain('mapping.fields[8]: 様式に「staff」の項目がありません');
      expect(await assessments()).toBe(before);
    });

    it('a file in an undetectable encoding is refused, and so is a table row without its record, before any record is written', async () => {
      const before = await assessments();
      const latin1 = join(dir, 'latin1.csv');
      writeFileSync(latin1, Buffer.concat([Buffer.from(`${header}\r\n`), Buffer.from([0x22, 0xe9, 0xe8, 0xff, 0x22])]));
      expect(await failure(runImport(latin1))).toContain('ENCODING_UNDETECTED');
      const orphan = csv('orphan-row.csv', [
        line('*', 90004, family, '2026-04-01', '妻', '41'),
        line('*', 90005, family, '2026-04-02', '妻', '41'),
        line('', 90006, family, '2026-04-02', '長男', '9'),
      ]);
      const message = await failure(runImport(orphan));
      expect(message).toContain('TABLE_ROW_OF_ANOTHER_RECORD');
      expect(message).toContain('4行目：レコード');
      // Records 90004 and 90005 come before the fault: not written either.
      expect(await assessments()).toBe(before);
      const noRecord = join(dir, 'no-record.csv');
      writeFileSync(noRecord, `${header}\r\n${line('', 90007, family, '2026-04-02', '長男', '9')}\r\n`);
      expect(await failure(runImport(noRecord))).toContain('TABLE_ROW_WITHOUT_RECORD: 2行目：');
    });

    it('a record changed in kintone since the last import updates its assessment, field by field in the history', async () => {
      const first = await runImport(csv('first.csv', [line('*', 90010, family, '2026-04-01', '妻', '41')]));
      expect(first.summary).toMatchObject({ created: 1 });
      const before = await assessments();
      const second = await runImport(csv('second.csv', [line('*', 90010, family, '2026-05-07', '妻', '42')]));
      expect(second.summary).toMatchObject({ created: 0, updated: 1 });
      expect(await assessments()).toBe(before);
      const changes = await ownerQuery<{ field: string; before: unknown; after: unknown }>(
        `select h.field, h.before, h.after from case_record_change h
         join case_assessment_source s on s.assessment_id = h.assessment_id
         where s.tenant_id = $1 and s.external_id = '90010' and h.before is not null order by h.field`,
        [kobe.id],
      );
      expect(changes).toEqual([
        { field: 'values.consultedOn', before: '2026-04-01', after: '2026-05-07' },
        { field: 'values.household[0].age', before: 41, after: 42 },
      ]);
    });

    it('the same record twice in one export: the second is refused', async () => {
      const file = csv('twice.csv', [
        line('*', 90008, family, '2026-04-01', '妻', '41'),
        line('*', 90008, family, '2026-04-03', '妻', '41'),
      ]);
      const { summary, lines } = await runImport(file);
      expect(summary).toMatchObject({ created: 1, refused: 1 });
      expect(lines).toEqual([
        'line 3 (record 90008): refused: record: レコード90008は、このファイルの2行目にもあります',
      ]);
    });

    it('only an active admin of the tenant imports', async () => {
      const file = csv('by-whom.csv', [line('*', 90009, family, '2026-04-01', '妻', '41')]);
      expect(await failure(runImport(file, { as: counsellor }))).toContain('is not an active admin of');
      expect(await failure(runImport(file, { as: yamagataAdmin }))).toContain('is not an active admin of');
      expect(() => parseRecordsImportArgs(['--tenant', 'kobe'])).toThrow('missing --template, --file, --mapping');
    });

    it("without --as, imports in the name of the tenant's first active admin, and says so", async () => {
      const file = csv('first-admin.csv', [line('*', 97001, family, '2026-04-01', '妻', '41')]);
      const { summary, lines } = await runImport(file, { as: null });
      expect(summary).toMatchObject({ created: 1, refused: 0 });
      const [first] = await ownerQuery<{ email: string }>(
        `select u.email from membership m join app_user u on u.id = m.user_id
          where m.tenant_id = $1 and m.role = 'tenant_admin' and m.status = 'active' order by m.created_at limit 1`,
        [kobe.id],
      );
      expect(lines[0]).toBe(`importing in the name of ${first.email} (the tenant's first admin; --as names another)`);
      const [audit] = await ownerQuery<{ email: string }>(
        `select u.email from audit_event e join app_user u on u.id = e.actor_user_id
          where e.tenant_id = $1 and e.action = 'case_records.imported' order by e.seq desc limit 1`,
        [kobe.id],
      );
      expect(audit.email).toBe(first.email);
    });
  });

  describe('the console upload (POST /records-import)', () => {
    const upload = (user: TestUser, file: string, fields: Record<string, string>, tenant: Tenant = kobe) => {
      let req = t
        .http()
        .post('/records-import')
        .set('authorization', `Bearer ${user.token}`)
        .set('x-tenant', tenant.slug);
      for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
      return req.attach('file', file, 'export.csv');
    };
    const lines = (text: string) =>
      text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, Record<string, unknown>>);

    it('streams the dry run row by row, then the import with its counts, to a tenant admin', async () => {
      const family = `U${randomUUID().replace(/-/g, '')}`;
      await ownerQuery(
        `insert into registrant (id, tenant_id, channel_id, line_user_id, first_contact_at, last_contact_at, created_at)
         values (gen_random_uuid(), $1, $2, $3, now(), now(), now())`,
        [kobe.id, channel.id, family],
      );
      const file = join(dir, 'upload.csv');
      const header = generatedHeader();
      writeFileSync(
        file,
        `${header}\r\n"*","95001","2026-04-01","山田 花子","${family}","生活","食料支援","10,000","はい","1","相談","1","妻","山田 一郎","41",""\r\n` +
          `"*","95002","2026-04-01","山田 花子","","生活","","","はい","1","相談","","","","",""\r\n`,
      );
      const fields = { templateId, mapping: JSON.stringify(GENERATED_MAPPING) };
      const before = await assessments();
      const dry = await upload(admin, file, { ...fields, dryRun: 'true' });
      expect(dry.status).toBe(200);
      expect(dry.headers['content-type']).toContain('application/x-ndjson');
      const dryLines = lines(dry.text);
      expect(dryLines[0]).toEqual({ total: 2 });
      expect(dryLines[1].row).toMatchObject({ line: 2, recordNumber: '95001', outcome: 'created' });
      expect(dryLines[2].row).toMatchObject({
        line: 3,
        outcome: 'refused',
        problems: [
          { code: 'NO_FAMILY_KEY', field: 'LINEユーザーID', message: 'LINEユーザーIDが空のため、家族を特定できません' },
        ],
      });
      expect(dryLines[3].summary).toMatchObject({ dryRun: true, created: 1, refused: 1 });
      expect(await assessments()).toBe(before);

      const real = await upload(admin, file, fields);
      expect(lines(real.text).at(-1)?.summary).toMatchObject({ dryRun: false, created: 1, refused: 1 });
      expect(await assessments()).toBe(before + 1);
    });

    it('refuses a counsellor, a city official and a partner user, and stores nothing of their file', async () => {
      const file = join(dir, 'refused.csv');
      writeFileSync(file, `${generatedHeader()}\r\n`);
      for (const role of [TenantRole.COUNSELOR, TenantRole.MUNICIPAL_VIEWER, TenantRole.PARTNER_USER]) {
        const user = role === TenantRole.COUNSELOR ? counsellor : await t.newUser({ tenant: kobe, role });
        const res = await upload(user, file, { templateId, mapping: JSON.stringify(GENERATED_MAPPING) });
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
      }
    });

    it('answers a bad mapping and a missing file with 400 and the fields, before any record', async () => {
      const file = join(dir, 'bad-mapping.csv');
      writeFileSync(file, `${generatedHeader()}\r\n`);
      const res = await upload(admin, file, {
        templateId,
        mapping: JSON.stringify({ ...GENERATED_MAPPING, fields: [{ kintone: '担当者', field: 'consultedOn' }] }),
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'KINTONE_MAPPING_INVALID',
        message: '対応表が、書き出したファイルまたは様式に合いません',
      });
      expect(res.body.fieldErrors).toContainEqual({
        field: 'mapping.fields[0]',
        messages: ['書き出したファイルに「担当者」の列がありません'],
      });
      const missing = await t
        .http()
        .post('/records-import')
        .set('authorization', `Bearer ${admin.token}`)
        .field('mapping', '{}');
      expect(missing.status).toBe(400);
      expect(missing.body.fieldErrors).toEqual([
        { field: 'file', messages: ['kintoneのCSVファイルを指定してください'] },
        { field: 'templateId', messages: ['取り込む様式を指定してください'] },
      ]);
    });

    it("does not import into another tenant's template", async () => {
      const file = join(dir, 'cross.csv');
      writeFileSync(file, `${generatedHeader()}\r\n`);
      const res = await upload(
        yamagataAdmin,
        file,
        { templateId, mapping: JSON.stringify(GENERATED_MAPPING) },
        yamagata,
      );
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ reason: 'ASSESSMENT_TEMPLATE_NOT_FOUND' });
    });
  });

  it("does not import into another tenant's template, nor find another tenant's families", async () => {
    const file = await exportFile('utf-8');
    const message = await failure(runImport(file, { tenant: yamagata, as: yamagataAdmin }));
    expect(message).toContain('ASSESSMENT_TEMPLATE_NOT_FOUND');
    const res = await t.graphql<{ createAssessmentTemplate: { id: string } }>(
      'mutation($input: CreateAssessmentTemplateInput!) { createAssessmentTemplate(input: $input) { id } }',
      { input: { name: 'kintone 相談記録', sections: GENERATED_TEMPLATE_SECTIONS } },
      { token: yamagataAdmin.token },
    );
    const yamagataTemplate = res.data!.createAssessmentTemplate.id;
    const { summary, lines } = await runImport(file, {
      tenant: yamagata,
      as: yamagataAdmin,
      template: yamagataTemplate,
      dryRun: true,
    });
    expect(summary).toMatchObject({ created: 0, refused: RECORDS });
    expect(lines.filter((l: string) => l.includes('の家族がいません'))).toHaveLength(
      Array.from({ length: RECORDS }, (_, i) => i).filter(
        (i) => generatedKintoneRecord(i, SEED).fields['LINEユーザーID'] !== '',
      ).length,
    );
  }, 600_000);
});
