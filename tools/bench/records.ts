/**
 * `npm run bench -- records [--records 50000] [--compare 5000] [--reads 200]`: the kintone import
 * and reading a case, on PostgreSQL.
 *
 * 1. Import: generates a kintone-shaped Shift_JIS export of N records with a family table of 0–5
 *    rows each (every record's LINE user id a family of the tenant, but the fifth of records kintone
 *    left without one), and runs `records:import` on it as a process of its own (the built
 *    `dist/apps/api/records-import.js`, as an operator runs it), sampling its resident set size.
 *    Once with `--compare` records first: the import streams, so its peak should not grow with N.
 * 2. Reading: one case with 20 assessments (imported, the others added over GraphQL) and its history, as
 *    the console's case page asks for them (`caseRecord` with its assessments and
 *    `caseRecordHistory`, 100 changes), `--reads` times, each followed by the same rows read by
 *    hand-written SQL in a tenant transaction of the runtime role (both under the same load); p95
 *    against p95. Target: within 3×.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import {
  GENERATED_MAPPING,
  GENERATED_TEMPLATE_SECTIONS,
  generatedKintoneRecord,
  kintoneExport,
} from '@tsunagu/kintone';
import { generateTenant } from './data-generator';
import {
  benchEncryptionKeys,
  buildApi,
  freshDatabase,
  graphql,
  login,
  machineLine,
  ms,
  now,
  percentile,
  sleep,
  startApi,
  verdict,
  type BenchDatabase,
} from './harness';

export const RECORDS_DEFAULTS = { records: 50_000, compare: 5_000, reads: 200 };

const PASSWORD = 'bench-password-for-admins-2026';
const SEED = 1;

const mb = (kb: number): string => `${(kb / 1024).toFixed(1)} MB`;

interface ImportRun {
  seconds: number;
  peakKb: number;
  summary: string;
}

/** Runs the built import command on `file`, sampling its resident set size every 100 ms. */
async function importProcess(db: BenchDatabase, args: string[], keys: string): Promise<ImportRun> {
  const start = now();
  const child = spawn(process.execPath, ['dist/apps/api/records-import.js', ...args], {
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: db.runtimeUrl,
      JWT_SECRET: 'bench-import-has-no-sessions-but-production-wants-one',
      TSUNAGU_ENCRYPTION_KEYS: keys,
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_FROM: 'tsunagu bench <bench@tsunagu.example>',
      PUBLIC_BASE_URL: 'http://127.0.0.1:1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peakKb = 0;
  const sample = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // exited
    }
  }, 100);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  clearInterval(sample);
  // 1: some records were refused (the generated export leaves a fifth without a LINE user id).
  if (code !== 0 && code !== 1)
    throw new Error(`records:import exited with ${code}:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
  const lines = stdout.trim().split('\n');
  return { seconds: (now() - start) / 1000, peakKb, summary: lines[lines.length - 1] };
}

export async function recordsBench(options: typeof RECORDS_DEFAULTS): Promise<void> {
  const db = await freshDatabase();
  const keys = benchEncryptionKeys();
  const keyList = keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const dir = mkdtempSync(join(tmpdir(), 'records-bench-'));
  const tenant = await generateTenant(owner, {
    conversations: 0,
    messages: 0,
    counsellors: 1,
    keys,
    password: PASSWORD,
  });
  const families = Array.from(
    { length: options.records },
    (_, i) => generatedKintoneRecord(i, SEED).fields['LINEユーザーID'],
  ).filter((id) => id !== '');
  await owner.query('begin');
  await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant.tenantId]);
  await owner.query(
    `insert into registrant (id, tenant_id, channel_id, line_user_id, status, first_contact_at, last_contact_at, created_at)
     select gen_random_uuid(), $1, $2, u, 'active', now(), now(), now() from unnest($3::text[]) as u`,
    [tenant.tenantId, tenant.channelId, families],
  );
  await owner.query('commit');
  await owner.query('vacuum analyze registrant');

  buildApi();
  const api = await startApi(db, keys, { JOB_WORKERS: '0' });
  try {
    const admin = tenant.admins[0].email;
    const adminToken = await login(api, admin, PASSWORD);
    const created = await graphql<{ createAssessmentTemplate: { id: string; latestVersion: { id: string } } }>(
      api,
      'mutation($input: CreateAssessmentTemplateInput!) { createAssessmentTemplate(input: $input) { id latestVersion { id } } }',
      { input: { name: 'kintone 相談記録', sections: GENERATED_TEMPLATE_SECTIONS } },
      adminToken,
    );
    const template = created.data?.createAssessmentTemplate;
    if (!template) throw new Error(`createAssessmentTemplate: ${JSON.stringify(created.errors)}`);
    // The smaller run imports into a template of its own: the larger one then creates every record
    // again (a new assessment in each family's case) rather than finding the smaller run's.
    const compared = await graphql<{ createAssessmentTemplate: { id: string } }>(
      api,
      'mutation($input: CreateAssessmentTemplateInput!) { createAssessmentTemplate(input: $input) { id } }',
      { input: { name: 'kintone 相談記録（比較）', sections: GENERATED_TEMPLATE_SECTIONS } },
      adminToken,
    );
    const comparedId = compared.data?.createAssessmentTemplate.id;
    if (!comparedId) throw new Error(`createAssessmentTemplate: ${JSON.stringify(compared.errors)}`);
    const mappingFile = join(dir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify(GENERATED_MAPPING));

    console.log(
      `records: importing kintone exports (Shift_JIS, a family table of 0–5 rows a record) with records:import`,
    );
    const runs: [number, ImportRun][] = [];
    for (const records of [options.compare, options.records]) {
      const file = join(dir, `export-${records}.csv`);
      await pipeline(kintoneExport({ records, encoding: 'shift_jis', seed: SEED }), createWriteStream(file));
      const size = statSync(file).size;
      const args = [
        '--tenant',
        tenant.slug,
        '--template',
        records === options.compare ? comparedId : template.id,
        '--file',
        file,
        '--mapping',
        mappingFile,
        '--as',
        admin,
      ];
      const run = await importProcess(db, args, keyList);
      runs.push([records, run]);
      console.log(
        `  ${records} records (${(size / 1024 / 1024).toFixed(1)} MB): ${run.seconds.toFixed(1)} s = ${Math.round(records / run.seconds)} records/s, ` +
          `peak RSS ${mb(run.peakKb)}\n    ${run.summary}`,
      );
      rmSync(file);
    }
    const [[, small], [, large]] = runs;
    console.log(
      `  peak RSS ${mb(large.peakKb)} for ${options.records} records against ${mb(small.peakKb)} for ${options.compare}: ` +
        `${verdict(large.peakKb < small.peakKb * 1.25)} (streams: memory does not grow with the file)`,
    );

    // A case with 20 assessments: the first family's imported ones, the others added by a counsellor.
    const counsellorToken = await login(api, tenant.counsellors[0].email, PASSWORD);
    const [{ id: caseId }] = (
      await owner.query<{ id: string }>(
        `select c.id from case_record c join registrant r on r.id = c.registrant_id where r.line_user_id = $1`,
        [families[0]],
      )
    ).rows;
    const record = generatedKintoneRecord(0, SEED);
    // Both imports gave the case an assessment (one per template): counsellors add the rest.
    const [{ n: imported }] = (
      await owner.query<{ n: number }>('select count(*)::int as n from case_assessment where case_record_id = $1', [
        caseId,
      ])
    ).rows;
    for (let i = imported; i < 20; i++) {
      const added = await graphql(
        api,
        'mutation($input: AddAssessmentInput!) { addAssessment(input: $input) { id } }',
        {
          input: {
            caseRecordId: caseId,
            templateVersionId: template.latestVersion.id,
            values: {
              consultedOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`,
              name: record.fields['氏名'],
              category: 'living',
              support: ['food', 'budget'],
              income: 120_000 + i,
              consent: true,
              risk: i % 4,
              story: `${i}回目の面談。家賃の滞納が続いている。`,
              household: [
                { relation: '母', name: record.fields['氏名'], age: 38 },
                { relation: '長男', name: '一郎', age: 9, note: '小学3年生' },
              ],
            },
          },
        },
        counsellorToken,
      );
      if (added.errors) throw new Error(`addAssessment: ${JSON.stringify(added.errors)}`);
    }

    const query = `query($id: ID!) {
      caseRecord(id: $id) { id status risk nextReviewOn familyName responsibleName updatedAt
        assessments { id values summary createdAt createdByName templateVersion { id version } } }
      caseRecordHistory(caseRecordId: $id, first: 100) { edges { node { id field before after actorName changedAt } } }
    }`;
    // The same rows by hand: one tenant transaction of the runtime role, three statements. Each
    // GraphQL read is followed by one by hand, so that both see the same load of the machine.
    const runtime = new Client({ connectionString: db.runtimeUrl });
    await runtime.connect();
    const byHand = async (): Promise<void> => {
      await runtime.query('begin');
      await runtime.query(`select set_config('role', 'tsunagu_app', true), set_config('app.tenant_id', $1, true)`, [
        tenant.tenantId,
      ]);
      await runtime.query(
        `select c.id, c.status, c.risk, c.next_review_on, r.display_name, u.display_name as responsible, c.updated_at
         from case_record c join registrant r on r.id = c.registrant_id left join app_user u on u.id = c.responsible_user_id
         where c.id = $1`,
        [caseId],
      );
      await runtime.query(
        `select a.id, a.values, a.created_at, u.display_name, v.id as version_id, v.version, v.definition
         from case_assessment a join assessment_template_version v on v.id = a.template_version_id
         left join app_user u on u.id = a.created_by_id
         where a.case_record_id = $1 order by a.created_at desc, a.id desc`,
        [caseId],
      );
      await runtime.query(
        `select h.id, h.field, h.before, h.after, u.display_name, h.changed_at
         from case_record_change h left join app_user u on u.id = h.actor_id
         where h.case_record_id = $1 order by h.changed_at desc, h.id desc limit 100`,
        [caseId],
      );
      await runtime.query('commit');
    };
    const apiTimes: number[] = [];
    const sqlTimes: number[] = [];
    let assessments = 0;
    let changes = 0;
    for (let i = 0; i < options.reads; i++) {
      let start = now();
      const res = await graphql<{
        caseRecord: { assessments: unknown[] };
        caseRecordHistory: { edges: unknown[] };
      }>(api, query, { id: caseId }, counsellorToken);
      apiTimes.push(now() - start);
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      assessments = res.data.caseRecord.assessments.length;
      changes = res.data.caseRecordHistory.edges.length;
      start = now();
      await byHand();
      sqlTimes.push(now() - start);
    }
    await runtime.end();
    const apiP95 = percentile(apiTimes, 95);
    const sqlP95 = percentile(sqlTimes, 95);
    console.log(
      `records: a case with ${assessments} assessments and ${changes} changes of its history, read ${options.reads} times\n` +
        `  GraphQL (caseRecord + caseRecordHistory, audited) p50 ${ms(percentile(apiTimes, 50))} p95 ${ms(apiP95)}\n` +
        `  hand-written SQL (same rows)                    p50 ${ms(percentile(sqlTimes, 50))} p95 ${ms(sqlP95)}\n` +
        `  ${(apiP95 / sqlP95).toFixed(2)}× the SQL: ${verdict(apiP95 <= 3 * sqlP95)} (target: within 3×)`,
    );
    console.log(`  ${machineLine()}`);
  } finally {
    await api.stop();
    await owner.end();
    rmSync(dir, { recursive: true, force: true });
    await sleep(0);
  }
}
