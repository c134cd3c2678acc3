import { DomainError, ErrorKind } from '@tsunagu/platform/errors';

/**
 * Why a kintone export cannot be read. Stable codes a caller (the import command, the console
 * upload) may switch on; the message, in Japanese (the console shows it to staff as it is), names the
 * line when there is one.
 */
export type KintoneCsvErrorReason =
  /** Neither valid UTF-8 nor valid Shift_JIS (CP932): the user has to say which encoding it is. */
  | 'ENCODING_UNDETECTED'
  /** The `encoding` option names an encoding this reader does not read. */
  | 'ENCODING_UNSUPPORTED'
  /** A byte sequence the (detected or given) encoding cannot decode, past the detection sample. */
  | 'INVALID_BYTES'
  /** No header line. */
  | 'EMPTY_FILE'
  /** Two header columns with the same name: kintone exports field names, which need not be unique. */
  | 'DUPLICATE_COLUMN'
  /** A quoted value still open at the end of the file. */
  | 'UNTERMINATED_QUOTE'
  /** A continuation line (no `*` in the start column) before any record's first line. */
  | 'TABLE_ROW_WITHOUT_RECORD'
  /** A continuation line whose record number is not its record's. */
  | 'TABLE_ROW_OF_ANOTHER_RECORD';

export class KintoneCsvError extends DomainError {
  declare readonly reason: KintoneCsvErrorReason;

  constructor(
    reason: KintoneCsvErrorReason,
    message: string,
    /** The physical line (1-based, the header is line 1) the problem is on, when there is one. */
    readonly line: number | null = null,
  ) {
    super(ErrorKind.BadUserInput, reason, line === null ? message : `${line}行目：${message}`);
    this.name = 'KintoneCsvError';
  }
}
