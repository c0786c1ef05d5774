import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeDocument } from '../../src/document/compose.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { sanitize } from '../../src/sanitize/sanitize.js';

export const SAMPLE_DIR = 'content/kfor-otan-ue';
export const FIXTURES = 'tests/fixtures';

/** ingest → sanitize → compose, as publish() runs it. */
export async function documentOf(path: string): Promise<SemanticDocument> {
  return composeDocument(sanitize(await ingest({ path })));
}

/** Pretty enough to diff: one block element a line. */
export function blockPerLine(html: string): string {
  return `${html.replace(/\n/g, '').replace(/(<(?:p|h[1-6]|figure|figcaption|section|header|ul|ol|li|blockquote)\b)/g, '\n$1').trim()}\n`;
}

/**
 * Compares `actual` with the golden file; `UPDATE_GOLDEN=1 npx vitest run <file>` rewrites goldens
 * (then read the diff before committing: goldens are never edited by hand). A missing golden is an error,
 * never written from the output it is meant to judge.
 */
export function matchesGolden(
  actual: string,
  goldenPath: string,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): { expected: string; actual: string } {
  if (environment['UPDATE_GOLDEN'] === '1') writeFileSync(goldenPath, actual);
  else if (!existsSync(goldenPath)) {
    throw new Error(
      `The golden file ${goldenPath} is missing. A test never writes its own expectation: make it deliberately with ` +
        '`UPDATE_GOLDEN=1 npx vitest run <this test file>`, read it, and commit it.',
    );
  }
  return { expected: readFileSync(goldenPath, 'utf8'), actual };
}

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}
