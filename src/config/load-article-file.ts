import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ColophonError } from '../errors.js';
import { type ArticleFile, articleFileSchema } from './article-schema.js';

/** Validates metadata read from YAML (a file or front matter); an error names the exact field. */
export function validateArticleFile(data: unknown, origin: string): ArticleFile {
  const result = articleFileSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  throw new ColophonError('METADATA_INVALID', `${origin}: field "${field}": ${issue?.message ?? 'invalid'}.`, {
    hint: `Fix "${field}" in ${origin}. ${z.prettifyError(result.error).split('\n').slice(0, 4).join(' ')}`,
  });
}

/** Parses and validates an `article.yaml` file's text. */
export function parseArticleFile(yamlText: string, origin: string): ArticleFile {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (cause) {
    throw new ColophonError('METADATA_INVALID', `${origin} is not valid YAML: ${(cause as Error).message}`, {
      hint: 'Check indentation and quote values that contain ": " or start with a special character.',
      cause,
    });
  }
  return validateArticleFile(data, origin);
}
