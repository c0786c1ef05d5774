/**
 * Every failure Colophon reports on purpose is a ColophonError: a stable `code`
 * that scripts can match on, a message that says what went wrong, and a `hint`
 * that says what the user can do about it.
 */
export type ColophonErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_BINARY'
  | 'INPUT_UNSUPPORTED'
  | 'INPUT_TOO_DEEP'
  | 'INPUT_ENCRYPTED'
  | 'INPUT_OUTSIDE'
  | 'NO_ARTICLE'
  | 'METADATA_INVALID'
  | 'IMAGE_INVALID'
  | 'BROWSER_NOT_FOUND'
  | 'BROWSER_FAILED'
  | 'EPUB_FAILED'
  | 'NARRATION_FAILED'
  | 'PDF_FAILED'
  | 'AUDIT_FAILED'
  | 'OPTIONS_INVALID'
  | 'OUTPUT_FAILED'
  | 'SERVER_UNREACHABLE'
  | 'BUILD_FAILED';

export class ColophonError extends Error {
  readonly code: ColophonErrorCode;
  readonly hint: string;

  constructor(code: ColophonErrorCode, message: string, options: { hint: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ColophonError';
    this.code = code;
    this.hint = options.hint;
  }
}

export function isColophonError(value: unknown): value is ColophonError {
  return value instanceof ColophonError;
}
