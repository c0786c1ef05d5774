import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ColophonError } from '../errors.js';
import { type ArticleFile, articleFileSchema } from './article-schema.js';
import { type MetadataNotice, canonicalMetadata } from './canonical-metadata.js';

export type { MetadataNotice } from './canonical-metadata.js';

export interface ReadMetadata {
  file: ArticleFile;
  /** Keys left out (unknown, or another tool's and of no use here): for the report, never an error. */
  notices: MetadataNotice[];
}

/**
 * Validates metadata read from YAML (a file or front matter) or given in memory, after mapping other tools' keys
 * and shapes to Colophon's (canonical-metadata.ts). A wrong value is an error naming the key as written and what
 * was expected.
 */
export function readArticleMetadata(data: unknown, origin: string): ReadMetadata {
  const canonical = canonicalMetadata(data ?? {});
  const result = articleFileSchema.safeParse(canonical.data);
  if (result.success) return { file: result.data, notices: canonical.notices };
  const issue = result.error.issues[0];
  const [top, ...rest] = issue?.path.map(String) ?? [];
  const field = top === undefined ? '(top level)' : [canonical.written[top] ?? top, ...rest].join('.');
  const expected = top === undefined ? 'a mapping of keys to values (title: …, language: …)' : fieldDescription(top);
  const aliasOf = top !== undefined && canonical.written[top] && canonical.written[top] !== top ? ` (Colophon’s "${top}")` : '';
  throw new ColophonError('METADATA_INVALID', `${origin}: field "${field}"${aliasOf}: ${issue?.message ?? 'invalid'}. Expected: ${expected}`, {
    hint: `Fix "${field}" in ${origin}. ${z.prettifyError(result.error).split('\n').slice(0, 4).join(' ')}`,
  });
}

/** Validates metadata and keeps only the fields (callers that report no notices). */
export function validateArticleFile(data: unknown, origin: string): ArticleFile {
  return readArticleMetadata(data, origin).file;
}

/** Parses and validates an `article.yaml` file's text. */
export function parseArticleFile(yamlText: string, origin: string): ReadMetadata {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (cause) {
    throw new ColophonError('METADATA_INVALID', `${origin} is not valid YAML: ${(cause as Error).message}`, {
      hint: 'Check indentation and quote values that contain ": " or start with a special character.',
      cause,
    });
  }
  return readArticleMetadata(data, origin);
}

function fieldDescription(key: string): string {
  const field = (articleFileSchema.shape as Record<string, z.ZodType | undefined>)[key];
  return field?.description ?? key;
}
