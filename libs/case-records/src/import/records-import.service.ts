import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, DomainError, ErrorKind, NotFoundError } from '@tsunagu/platform/errors';
import { Registrant } from '@tsunagu/conversations';
import {
  mapRecord,
  openKintoneCsv,
  parseKintoneMapping,
  readerOptions,
  validateKintoneMapping,
  type KintoneMapping,
  type MappedRecord,
  type TemplateDescription,
  type TemplateField,
} from '@tsunagu/kintone';
import { CaseAssessment, CaseRecord } from '../case-record.entities';
import { CaseRecordsService, type TemplateVersionView } from '../case-records.service';
import { checkValues, fieldsOf, FieldKind, type FieldDefinition, type TemplateDefinition } from '../template';
import { CaseAssessmentSource } from './assessment-source.entity';

/** A kintone export, opened afresh for each pass (a file, or an upload spooled to disk). */
export type ExportSource = () => Readable;

export interface RecordsImportOptions {
  /** The template's id, or its name; the import writes against its newest version. */
  templateId: string;
  /** The mapping file, parsed JSON (its shape is checked here). */
  mapping: unknown;
  export: ExportSource;
  /** `utf-8` or `shift_jis` (and aliases); detected when absent. */
  encoding?: string;
  /** Reports what each record would do, and writes nothing. */
  dryRun: boolean;
  /** Called once the export was read through: how many records it holds. */
  onStart?: (total: number) => void;
  /** Called after each record, in order. */
  onRow?: (row: ImportRow) => void;
}

/** `unchanged`: imported before, and kintone holds the same values. */
export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'refused';

/** Why a record is refused, as a stable code a caller may switch on (the message is for people). */
export type ImportProblemCode =
  /** A value that does not convert to its template field, or that the template version refuses (a required field empty). */
  | 'INVALID_VALUE'
  /** The record has no LINE user id (or no record number) to find its family by. */
  | 'NO_FAMILY_KEY'
  /** No family of the tenant has the record's LINE user id. */
  | 'FAMILY_NOT_FOUND'
  /** Several families have it. */
  | 'FAMILY_AMBIGUOUS'
  /** The record was imported before for another family. */
  | 'FAMILY_CHANGED'
  /** Found by record number, but never imported into this template. */
  | 'NOT_IMPORTED_BEFORE'
  /** The record number is on an earlier line of the same export. */
  | 'DUPLICATE_RECORD'
  /** Any other refusal of the case records service: its reason follows in the message. */
  | 'REFUSED';

export interface ImportProblem {
  code: ImportProblemCode;
  /** The kintone field (a table column: `table[row].column`, row from 1), or `family`, `record`. */
  field: string;
  /** In Japanese: the console shows it to staff as it is, and the command prints it. */
  message: string;
}

export interface ImportRow {
  /** The record's first line in the export (the header is line 1). */
  line: number;
  recordNumber: string | null;
  outcome: ImportOutcome;
  /** The case the record went (or would go) to; none when refused. */
  caseRecordId: string | null;
  /** Why it was refused. */
  problems: ImportProblem[];
}

export interface ImportSummary {
  dryRun: boolean;
  encoding: string;
  delimiter: string;
  templateVersion: number;
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/** A refusal found inside a record's transaction: the transaction is rolled back. */
class Refusal extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('refused');
  }
}

/** Ends a dry run's transaction (rolled back) and carries what the record would have done. */
class DryRunRollback extends Error {
  constructor(readonly row: ImportRow) {
    super('dry run');
  }
}

/**
 * Imports kintone's CSV exports of assessment sheets into a template's newest version.
 *
 * - The mapping is checked against the export's header and the template before anything is read;
 *   then the whole export is read once without writing, so an encoding or layout fault anywhere
 *   in the file (a table row without its record, bytes of another encoding) stops the import
 *   before its first record is written.
 * - Each record is then written in a transaction of its own, through the same service calls as
 *   the GraphQL mutations (`openCaseRecord`, `addAssessment`, `updateAssessment`): the same
 *   validation against the template version, the same field-by-field history and audit events.
 *   A record is written whole or not at all; one refused record leaves the others.
 * - A record finds its family by the LINE user id in a field (the family must have written to the
 *   tenant's LINE account: otherwise the record is refused, never a family made up), or by the
 *   kintone record number of an earlier import. The record number is kept with the assessment,
 *   per template, so that importing the same export again updates the assessment.
 * - A dry run runs exactly the same code and rolls each record's transaction back.
 * - One audit event per import (`case_records.imported`) with its counts and no family's data.
 */
@Injectable()
export class RecordsImportService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly records: CaseRecordsService,
    private readonly audit: AuditTrail,
  ) {}

  /** Runs in the caller's context (its audit actor); opens its own tenant transactions. */
  async run(tenantId: string, options: RecordsImportOptions): Promise<ImportSummary> {
    const parsed = parseKintoneMapping(options.mapping);
    if (!parsed.ok) throw mappingError(parsed.problems);
    const version = await this.tenantDb.withTenant(tenantId, async () => {
      // By id (the console) or by name (the command line: what the admin sees in the console).
      const template = (await this.records.templates()).find(
        (t) => t.id === options.templateId || t.name === options.templateId,
      );
      if (!template) throw new NotFoundError('ASSESSMENT_TEMPLATE_NOT_FOUND', 'その名前（またはID）の様式はありません');
      return this.records.templateVersion(template.versions[0].id);
    });
    const mapping = withTemplateLabels(parsed.mapping, version.definition);
    const description = describeTemplate(version.definition);
    const readOptions = { ...readerOptions(mapping), encoding: options.encoding };

    // First pass: the header against the mapping, and the whole file's encoding and layout.
    const first = options.export();
    let total = 0;
    let check: Awaited<ReturnType<typeof openKintoneCsv>>;
    try {
      check = await openKintoneCsv(first, readOptions);
      const problems = validateKintoneMapping(mapping, check.columns, description);
      if (problems.length > 0) throw mappingError(problems);
      for await (const _ of check) total++;
    } finally {
      first.destroy();
    }
    options.onStart?.(total);

    const summary: ImportSummary = {
      dryRun: options.dryRun,
      encoding: check.encoding,
      delimiter: check.delimiter,
      templateVersion: version.version,
      records: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      refused: 0,
    };
    const names = kintoneNames(mapping);
    const seen = new Map<string, number>();
    for await (const record of await openKintoneCsv(options.export(), readOptions)) {
      let row: ImportRow;
      const mapped = mapRecord(record, mapping, description);
      const earlier = record.recordNumber === null ? undefined : seen.get(record.recordNumber);
      if (earlier !== undefined) {
        row = refused(record.line, record.recordNumber, [
          {
            code: 'DUPLICATE_RECORD',
            field: 'record',
            message: `レコード${record.recordNumber}は、このファイルの${earlier}行目にもあります`,
          },
        ]);
      } else if (!mapped.ok) {
        row = refused(
          record.line,
          record.recordNumber,
          mapped.problems.map((p) => ({ code: p.code, field: p.field, message: p.message })),
        );
      } else {
        row = await this.importRecord(tenantId, record.line, mapped.record, version, options.dryRun, names);
      }
      if (record.recordNumber !== null && earlier === undefined) seen.set(record.recordNumber, record.line);
      summary.records++;
      summary[row.outcome]++;
      options.onRow?.(row);
    }

    if (!options.dryRun) {
      await this.tenantDb.withTenant(tenantId, () =>
        this.audit.record(
          'case_records.imported',
          { type: 'assessment_template', id: version.templateId },
          {
            version: version.version,
            records: summary.records,
            created: summary.created,
            updated: summary.updated,
            unchanged: summary.unchanged,
            refused: summary.refused,
          },
        ),
      );
    }
    return summary;
  }

  private async importRecord(
    tenantId: string,
    line: number,
    record: MappedRecord,
    version: TemplateVersionView,
    dryRun: boolean,
    names: Map<string, string>,
  ): Promise<ImportRow> {
    try {
      return await this.tenantDb.withTenant(tenantId, async () => {
        const row = await this.write(line, record, version, names);
        if (dryRun) throw new DryRunRollback(row);
        return row;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.row;
      if (error instanceof Refusal) return refused(line, record.externalId, error.problems);
      if (error instanceof DomainError && error.kind !== ErrorKind.Unauthenticated) {
        // Values are checked in Japanese before writing (`write`): what remains is another refusal of
        // the service, said by its code.
        return refused(line, record.externalId, [
          {
            code: 'REFUSED',
            field: error.fieldErrors[0] ? kintoneField(error.fieldErrors[0].field, names) : 'record',
            message: `記録の保存が拒まれました（${error.reason}）`,
          },
        ]);
      }
      throw error;
    }
  }

  private async write(
    line: number,
    record: MappedRecord,
    version: TemplateVersionView,
    names: Map<string, string>,
  ): Promise<ImportRow> {
    // The template version's own checks (a required field left empty in kintone), said in Japanese
    // and by the kintone field: the service would refuse the same values in English.
    const checked = checkValues(version.definition, record.values, 'ja');
    if (checked.errors.length > 0) {
      throw new Refusal(
        checked.errors.flatMap((e) =>
          e.messages.map((message) => ({
            code: 'INVALID_VALUE' as const,
            field: kintoneField(e.field, names),
            message,
          })),
        ),
      );
    }
    const em = this.tenantDb.em;
    const tenant = this.tenantDb.tenantId;
    const source =
      record.externalId === null
        ? null
        : await em.findOne(CaseAssessmentSource, {
            tenant,
            template: version.templateId,
            externalId: record.externalId,
          });
    const sourceCase = source
      ? (await em.findOneOrFail(CaseAssessment, { id: source.assessment }, { fields: ['caseRecord'] })).caseRecord
      : null;

    let registrantId: string | null = null;
    if ('lineUserId' in record.family) {
      const families = await em.find(
        Registrant,
        { tenant, lineUserId: record.family.lineUserId },
        { fields: ['id'], limit: 2 },
      );
      if (families.length === 0) {
        throw new Refusal([
          {
            code: 'FAMILY_NOT_FOUND',
            field: 'family',
            message: `LINEユーザーID ${record.family.lineUserId} の家族がいません。記録は、LINEアカウントに連絡したことのある家族にだけ取り込めます`,
          },
        ]);
      }
      if (families.length > 1) {
        throw new Refusal([
          {
            code: 'FAMILY_AMBIGUOUS',
            field: 'family',
            message: `LINEユーザーID ${record.family.lineUserId} の家族が複数います`,
          },
        ]);
      }
      registrantId = families[0].id;
      if (sourceCase) {
        const existing = await em.findOneOrFail(CaseRecord, { id: sourceCase }, { fields: ['registrantId'] });
        if (existing.registrantId !== registrantId) {
          throw new Refusal([
            {
              code: 'FAMILY_CHANGED',
              field: 'family',
              message: `レコード${record.externalId}は別の家族に取り込み済みです（kintoneでLINEユーザーIDが変わっています）`,
            },
          ]);
        }
      }
    } else if (!source) {
      throw new Refusal([
        {
          code: 'NOT_IMPORTED_BEFORE',
          field: 'family',
          message: `レコード${record.externalId}はこの様式に取り込まれたことがありません。最初の取り込みでは、LINEユーザーIDで家族を探します`,
        },
      ]);
    }

    if (source && sourceCase) {
      const changed = await this.records.changeAssessment(source.assessment, record.values);
      return {
        line,
        recordNumber: record.externalId,
        outcome: changed > 0 ? 'updated' : 'unchanged',
        caseRecordId: sourceCase,
        problems: [],
      };
    }
    const family = registrantId as string;
    const existing = await em.findOne(CaseRecord, { tenant, registrantId: family }, { fields: ['id'] });
    const caseRecordId = existing ? existing.id : await this.records.openCase(family, null);
    const assessment = await this.records.writeAssessment(caseRecordId, version.id, record.values);
    if (record.externalId !== null) {
      em.create(CaseAssessmentSource, {
        tenant: em.getReference(Tenant, tenant),
        template: version.templateId,
        externalId: record.externalId,
        assessment,
      });
      await em.flush();
    }
    return { line, recordNumber: record.externalId, outcome: 'created', caseRecordId, problems: [] };
  }
}

function refused(line: number, recordNumber: string | null, problems: ImportProblem[]): ImportRow {
  return { line, recordNumber, outcome: 'refused', caseRecordId: null, problems };
}

function mappingError(problems: { entry: string; message: string }[]): BadUserInputError {
  return new BadUserInputError(
    problems.map((p) => ({ field: p.entry ? `mapping.${p.entry}` : 'mapping', messages: [p.message] })),
    'KINTONE_MAPPING_INVALID',
    MAPPING_INVALID_MESSAGE,
  );
}

/** The refusal of a mapping, before any record: its entries' problems follow as field errors. */
export const MAPPING_INVALID_MESSAGE = '対応表が、書き出したファイルまたは様式に合いません';

const KINDS: Record<FieldKind, TemplateField['kind']> = {
  [FieldKind.SHORT_TEXT]: 'shortText',
  [FieldKind.LONG_TEXT]: 'longText',
  [FieldKind.NUMBER]: 'number',
  [FieldKind.DATE]: 'date',
  [FieldKind.YEAR_MONTH]: 'yearMonth',
  [FieldKind.SINGLE_CHOICE]: 'singleChoice',
  [FieldKind.MULTIPLE_CHOICE]: 'multipleChoice',
  [FieldKind.YES_NO]: 'yesNo',
  [FieldKind.RISK_SCALE]: 'risk',
  [FieldKind.TABLE]: 'table',
};

function describeField(field: FieldDefinition): TemplateField {
  return {
    key: field.key,
    label: field.label,
    kind: KINDS[field.kind],
    ...(field.choices?.length ? { choices: field.choices.map((c) => c.value) } : {}),
    ...(field.columns?.length ? { columns: field.columns.map(describeField) } : {}),
  };
}

/** A template version as the kintone mapping sees it. */
export function describeTemplate(definition: TemplateDefinition): TemplateDescription {
  return { fields: fieldsOf(definition).map(describeField) };
}

/**
 * A kintone label equal to a choice's label in the template (食事) translates to that choice (food)
 * without an entry in the mapping, as a label equal to the choice's value does.
 */
function withTemplateLabels(mapping: KintoneMapping, definition: TemplateDefinition): KintoneMapping {
  const fields = new Map(fieldsOf(definition).map((f) => [f.key, f]));
  const withLabels = <T extends { field: string; choices?: Record<string, string | number> }>(
    m: T,
    field: FieldDefinition | undefined,
  ): T => {
    if (!field?.choices?.length) return m;
    const labels = Object.fromEntries(field.choices.map((c) => [c.label, c.value]));
    return { ...m, choices: { ...labels, ...(m.choices ?? {}) } };
  };
  return {
    ...mapping,
    fields: mapping.fields.map((m) => withLabels(m, fields.get(m.field))),
    tables: mapping.tables?.map((t) => {
      const columns = new Map((fields.get(t.field)?.columns ?? []).map((c) => [c.key, c]));
      return { ...t, columns: t.columns.map((c) => withLabels(c, columns.get(c.field))) };
    }),
  };
}

/** Template field key (a table's column: `table.column`) → the kintone field it comes from. */
function kintoneNames(mapping: KintoneMapping): Map<string, string> {
  const names = new Map(mapping.fields.map((m) => [m.field, m.kintone]));
  for (const t of mapping.tables ?? []) {
    names.set(t.field, t.kintone);
    for (const c of t.columns) names.set(`${t.field}.${c.field}`, c.kintone);
  }
  return names;
}

/** A service's field path (`values.household[0].age`) as the kintone field (`家族構成[1].年齢`). */
function kintoneField(path: string, names: Map<string, string>): string {
  const match = /^values\.([A-Za-z0-9_]+)(?:\[(\d+)\](?:\.([A-Za-z0-9_]+))?)?$/.exec(path);
  if (!match) return path;
  const [, key, row, column] = match;
  const table = names.get(key) ?? key;
  if (row === undefined) return table;
  const at = `${table}[${Number(row) + 1}]`;
  return column === undefined ? at : `${at}.${names.get(`${key}.${column}`) ?? column}`;
}
