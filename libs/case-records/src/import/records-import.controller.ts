import { rm } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { Body, Controller, Logger, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { AccessService } from '@tsunagu/platform/auth';
import { BadUserInputError, DomainError, loggableError } from '@tsunagu/platform/errors';
import { OwnTransactions, Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { MAPPING_INVALID_MESSAGE, RecordsImportService } from './records-import.service';

/** The upload's fields as the console's form names them. */
const FIELD_NAMES: Record<string, string> = {
  file: 'kintoneのCSVファイル',
  templateId: '取り込む様式',
  mapping: '対応表',
};

/** The largest export accepted from the console (50,000 records with tables are about 25 MB). */
export const RECORDS_IMPORT_MAX_BYTES = 200 * 1024 * 1024;

/** What the upload middleware (multer) tells of the stored file. */
interface UploadedExport {
  path: string;
  size: number;
}

interface UploadFields {
  templateId?: string;
  mapping?: string;
  encoding?: string;
  dryRun?: string;
}

/**
 * `POST /records-import`: the console's upload of a kintone export (multipart: `file`, and the
 * fields `templateId`, `mapping` (the JSON), `encoding`, `dryRun`), with the admin's bearer token
 * and `X-Tenant`. The file streams to a temporary file (never held in memory, never in GraphQL),
 * which the import reads twice (see `RecordsImportService`) and which is removed at the end.
 *
 * The answer streams as it goes, one JSON object a line (`application/x-ndjson`):
 * `{"total":n}` once the export was read through, `{"row":{…}}` per record, then
 * `{"summary":{…}}` (or `{"error":{…}}` when the database failed midway). Refusals found before
 * the first record (an unreadable mapping, the header against the template, the encoding, a table
 * row without its record) are a 400 with `code`, `reason` and `fieldErrors`, as any HTTP route's.
 * Each record is its own transaction, so the route opens none for the request.
 */
@Controller('records-import')
export class RecordsImportController {
  private readonly logger = new Logger('RecordsImport');

  constructor(
    private readonly imports: RecordsImportService,
    private readonly access: AccessService,
  ) {}

  @RequirePermission(Permission.ImportCaseRecords)
  @OwnTransactions()
  @Post()
  @UseInterceptors(
    FileInterceptor('file', {
      // Straight to a temporary file as it arrives (multer's disk storage).
      dest: tmpdir(),
      limits: { fileSize: RECORDS_IMPORT_MAX_BYTES, files: 1, fields: 8, fieldSize: 1024 * 1024 },
    }),
  )
  async upload(
    @UploadedFile() file: UploadedExport | undefined,
    @Body() fields: UploadFields,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const tenantId = this.access.current().tenant?.id;
      if (!tenantId) throw new BadUserInputError([], 'TENANT_REQUIRED', 'Name the tenant (X-Tenant)');
      const missing = [
        ...(file ? [] : ['file']),
        ...(fields.templateId ? [] : ['templateId']),
        ...(fields.mapping ? [] : ['mapping']),
      ];
      if (missing.length > 0) {
        throw new BadUserInputError(
          missing.map((field) => ({ field, messages: [`${FIELD_NAMES[field]}を指定してください`] })),
          'INVALID_INPUT',
          '取り込みに必要なものが足りません',
        );
      }
      let mapping: unknown;
      try {
        mapping = JSON.parse(fields.mapping as string);
      } catch {
        throw new BadUserInputError(
          [{ field: 'mapping', messages: ['対応表がJSONとして読めません'] }],
          'KINTONE_MAPPING_INVALID',
          MAPPING_INVALID_MESSAGE,
        );
      }
      const path = (file as UploadedExport).path;
      const write = (line: object): void => {
        if (!response.headersSent) {
          response.status(200).set({
            'content-type': 'application/x-ndjson; charset=utf-8',
            'cache-control': 'no-store',
            'x-content-type-options': 'nosniff',
          });
        }
        response.write(`${JSON.stringify(line)}\n`);
      };
      try {
        const summary = await this.imports.run(tenantId, {
          templateId: fields.templateId as string,
          mapping,
          export: () => createReadStream(path),
          encoding: fields.encoding || undefined,
          dryRun: fields.dryRun === 'true' || fields.dryRun === '1',
          onStart: (total) => write({ total }),
          onRow: (row) => write({ row }),
        });
        write({ summary });
        response.end();
      } catch (error) {
        // Once the answer has started, its status is sent: the failure ends the stream instead.
        if (!response.headersSent) throw error;
        const domain = error instanceof DomainError;
        if (!domain) this.logger.error({ err: loggableError(error) }, 'the records import stopped');
        write({
          error: domain
            ? { code: error.kind, reason: error.reason, message: error.message }
            : { code: 'INTERNAL', reason: 'IMPORT_FAILED', message: 'データベースの障害で止まりました' },
        });
        response.end();
      }
    } finally {
      if (file) await rm(file.path, { force: true });
    }
  }
}
