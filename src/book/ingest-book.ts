import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ingest } from '../ingest/ingest.js';
import type { IngestedArticle } from '../model/document.js';
import { assembleBook } from './assemble-book.js';
import { BOOK_FILE_NAMES, bookName, readBookFile } from './book-file.js';

export interface BookIngestOptions {
  /** The book's folder, holding book.yaml. */
  folder: string;
  /** Download images the files name by http(s) URL (see IngestOptions.allowRemote). */
  allowRemote?: boolean;
  /** Metadata over book.yaml's (`--title`, `--language`, `--meta`): see IngestOptions.overrides. */
  overrides?: Readonly<Record<string, unknown>>;
}

/**
 * Reads a book: book.yaml's metadata (the keys of article.yaml, checked the same way), then every file it names
 * (chapters, front and back matter; any format Colophon reads), each through `ingest` confined to the book's
 * folder and in the book's language, assembled into one article (see `assembleBook`).
 */
export async function ingestBook(options: BookIngestOptions): Promise<IngestedArticle> {
  const book = await readBookFile(options.folder);
  const name = bookName(book);
  const yamlPath = BOOK_FILE_NAMES.map((file) => join(book.folder, file)).find((path) => existsSync(path))!;
  const modified = await stat(yamlPath).then((info) => info.mtime.toISOString(), () => undefined);
  const metadata = await ingest({
    source: { text: 'book', format: 'markdown', metadata: book.metadata, name: `${name}.md`, ...(modified && { fileModified: modified }) },
    ...(options.overrides && { overrides: options.overrides }),
  });
  const language = metadata.metadata.language;
  const parts = [];
  for (const entry of book.entries) {
    const article = await ingest({
      path: entry.path,
      // The book's folder is the scope of every file: a chapter in a subfolder may use the book's shared images.
      allowOutside: [book.folder],
      overrides: { language },
      ...(options.allowRemote && { allowRemote: true }),
    });
    parts.push({ article, role: entry.role });
  }
  return { ...assembleBook(metadata, parts), sourcePath: book.folder };
}
