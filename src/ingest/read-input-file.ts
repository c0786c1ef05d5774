import { readFile } from 'node:fs/promises';
import { ColophonError } from '../errors.js';
import { type ReadScope, diskSize } from './confinement.js';
import { refuseBinary } from './encoding/binary-content.js';
import { type DecodedText, decodeText } from './encoding/decode-text.js';
import { declaredHtmlCharset } from './encoding/html-charset.js';

export type { DecodedText } from './encoding/decode-text.js';

/** Largest article file Colophon reads (a book-length article is a few MB; a saved web page rarely over 5). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a text input, refusing what is missing, unreadable, empty, huge (checked by size before reading) or binary,
 * and decodes it. `html`: honour the encoding the page declares in `<meta charset>`. `scope`: the file must lie inside it
 * once its symlinks are followed (INPUT_OUTSIDE otherwise), and its real path is what is read; ingest always gives one.
 */
export async function readInputFile(path: string, options: { html?: boolean; scope?: ReadScope } = {}): Promise<DecodedText> {
  const bytes = await readBytes(path, options.scope);
  if (bytes.length === 0) throw empty(path);
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom) refuseBinary(bytes, path);
  const decoded = decodeText(bytes, path, { declared: options.html ? declaredHtmlCharset(bytes) : undefined });
  if (decoded.text.trim() === '') throw empty(path);
  return decoded;
}

async function readBytes(path: string, scope: ReadScope | undefined): Promise<Uint8Array> {
  const files = scope ?? DISK;
  let size: number;
  let real = path;
  try {
    if (scope) real = await scope.resolveInside(path);
    size = await files.size(real);
  } catch (cause) {
    if (cause instanceof ColophonError) throw cause;
    if ((cause as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new ColophonError('INPUT_UNSUPPORTED', `${path} is a folder, not a file.`, { hint: 'Pass the article file, or a folder holding article.yaml.' });
    }
    throw cannotStat(path, cause);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new ColophonError('INPUT_TOO_LARGE', `${path} is ${(size / 1048576).toFixed(1)} MB; Colophon reads at most ${MAX_INPUT_BYTES / 1048576} MB.`, {
      hint: 'Split the text into several articles, or check that this is the right file.',
    });
  }
  try {
    return await files.read(real);
  } catch (cause) {
    throw new ColophonError('INPUT_UNREADABLE', `${path} could not be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}).`, {
      hint: 'Check the file permissions (it must be readable by the user running Colophon).',
      cause,
    });
  }
}

/** Files read without a scope (a caller outside ingest): straight from the disk. */
const DISK: Pick<ReadScope, 'size' | 'read'> = { size: diskSize, read: async (path) => new Uint8Array(await readFile(path)) };

function cannotStat(path: string, cause: unknown): ColophonError {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new ColophonError('INPUT_UNREADABLE', `${path} cannot be read (permission denied).`, { hint: 'Check the permissions of the file and of its folders.', cause });
  }
  return new ColophonError('INPUT_NOT_FOUND', `${path} does not exist.`, { hint: 'Check the path; it is relative to the current folder.', cause });
}

function empty(path: string): ColophonError {
  return new ColophonError('INPUT_EMPTY', `${path} is empty.`, { hint: 'Give Colophon a file that holds the article text.' });
}
