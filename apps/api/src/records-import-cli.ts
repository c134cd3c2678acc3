import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { AUDIT_ACTOR, type AuditActor } from '@tsunagu/platform/audit';
import { Membership, MembershipStatus, User } from '@tsunagu/platform/auth';
import { PlatformDb, Tenant } from '@tsunagu/platform/database';
import { DomainError } from '@tsunagu/platform/errors';
import { TenantRole } from '@tsunagu/platform/permissions';
import { RecordsImportService, type ImportRow, type ImportSummary } from '@tsunagu/case-records';

export const RECORDS_IMPORT_USAGE = `usage: npm run records:import -- --tenant <slug> --template <template name or id> --file <export.csv> --mapping <mapping.json> [--as <admin email>] [--encoding utf-8|shift_jis] [--dry-run]`;

export interface RecordsImportArgs {
  tenant: string;
  template: string;
  file: string;
  mapping: string;
  /** The admin in whose name it is imported; by default the tenant's first active admin. */
  as?: string;
  encoding?: string;
  dryRun: boolean;
}

/** A wrong command line: the message says what is missing. */
export class UsageError extends Error {}

export function parseRecordsImportArgs(argv: string[]): RecordsImportArgs {
  const values: Record<string, string> = {};
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') dryRun = true;
    else if (/^--(tenant|template|file|mapping|as|encoding)$/.test(arg) && argv[i + 1] !== undefined) {
      values[arg.slice(2)] = argv[++i];
    } else throw new UsageError(`unknown argument "${arg}"\n${RECORDS_IMPORT_USAGE}`);
  }
  const missing = ['tenant', 'template', 'file', 'mapping'].filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}\n${RECORDS_IMPORT_USAGE}`);
  }
  return {
    tenant: values['tenant'],
    template: values['template'],
    file: values['file'],
    mapping: values['mapping'],
    as: values['as'],
    encoding: values['encoding'],
    dryRun,
  };
}

export interface CliOutput {
  /** The report: a line per record in a dry run, per refused record otherwise, then the counts. */
  line(text: string): void;
  /** The progress bar (redrawn in place on a terminal). */
  progress(done: number, total: number, startedAt: number): void;
}

/** What a row did, as one line of the report. */
export function describeRow(row: ImportRow): string {
  const where = `line ${row.line}${row.recordNumber === null ? '' : ` (record ${row.recordNumber})`}`;
  if (row.outcome !== 'refused') return `${where}: ${row.outcome}`;
  return `${where}: refused: ${row.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
}

export function describeSummary(summary: ImportSummary): string {
  const verb = summary.dryRun ? 'would be ' : '';
  return (
    `${summary.dryRun ? 'dry run (nothing written): ' : ''}${summary.records} records (${summary.encoding}, ` +
    `${summary.delimiter === '\t' ? 'tab' : `"${summary.delimiter}"`}-delimited, template version ${summary.templateVersion}): ` +
    `${summary.created} ${verb}created, ${summary.updated} ${verb}updated, ${summary.unchanged} unchanged, ${summary.refused} refused`
  );
}

/**
 * The import command: the tenant by slug and the person importing (an active admin of the tenant,
 * `--as`, or else its first active admin; named in the history and the audit trail as the author)
 * on the platform path, then the import in that person's name.
 */
export async function runRecordsImport(
  app: INestApplicationContext,
  args: RecordsImportArgs,
  out: CliOutput,
): Promise<ImportSummary> {
  let mapping: unknown;
  try {
    mapping = JSON.parse(readFileSync(args.mapping, 'utf8'));
  } catch (error) {
    throw new UsageError(`the mapping ${args.mapping} is not a readable JSON file (${(error as Error).message})`);
  }
  if (!statSync(args.file, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`no file ${args.file}`);
  const who = await app.get(PlatformDb).run('records import: the tenant and the admin importing', async (em) => {
    const tenant = await em.findOne(Tenant, { slug: args.tenant });
    if (!tenant) return null;
    const activeAdmin = { tenant: tenant.id, role: TenantRole.TENANT_ADMIN, status: MembershipStatus.ACTIVE };
    if (args.as === undefined) {
      const [first] = await em.find(Membership, activeAdmin, { orderBy: { createdAt: 'asc' }, limit: 1 });
      return { tenantId: tenant.id, user: first ? await em.findOne(User, { id: first.user.id }) : null };
    }
    const user = await em.findOne(User, { email: args.as.toLowerCase() });
    const admin = user && (await em.count(Membership, { ...activeAdmin, user: user.id }));
    return { tenantId: tenant.id, user: admin ? user : null };
  });
  if (!who) throw new UsageError(`no tenant "${args.tenant}"`);
  if (!who.user) {
    throw new UsageError(
      args.as === undefined
        ? `"${args.tenant}" has no active admin to import in the name of`
        : `${args.as} is not an active admin of "${args.tenant}"`,
    );
  }
  const user = who.user;
  // The history and the audit trail name a person: without --as, the tenant's first admin, said here.
  if (args.as === undefined)
    out.line(`importing in the name of ${user.email} (the tenant's first admin; --as names another)`);

  const cls = app.get(ClsService);
  const startedAt = Date.now();
  let total = 0;
  let done = 0;
  return cls.run(async () => {
    cls.set<AuditActor>(AUDIT_ACTOR, { userId: user.id, label: user.email });
    return app.get(RecordsImportService).run(who.tenantId, {
      templateId: args.template,
      mapping,
      export: () => createReadStream(args.file),
      encoding: args.encoding,
      dryRun: args.dryRun,
      onStart: (count) => {
        total = count;
        out.progress(0, total, startedAt);
      },
      onRow: (row) => {
        done++;
        if (args.dryRun || row.outcome === 'refused') out.line(describeRow(row));
        out.progress(done, total, startedAt);
      },
    });
  });
}

/** A typed error of the import (mapping, encoding, layout), as the lines a person reads. */
export function describeError(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof DomainError) {
    const fields = error.fieldErrors.map((e) => `  ${e.field}: ${e.messages.join('; ')}`);
    return [`${error.reason}: ${error.message}`, ...fields].join('\n');
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
