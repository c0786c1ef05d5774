import type { z } from 'zod';
import { articleFileSchema } from './article-schema.js';
import { IGNORED_KEYS, METADATA_ALIASES } from './metadata-aliases.js';

/**
 * The README's table of metadata keys (“An article on disk”), made from the schema's descriptions and the alias
 * table, so that the two cannot drift apart (tests/config/metadata-aliases.test.ts compares them).
 */
export function metadataKeysTable(): string {
  const rows = Object.entries(articleFileSchema.shape as Record<string, z.ZodType>).map(([key, field]) => {
    const aliases = METADATA_ALIASES.filter((entry) => entry.canonical === key).map((entry) => `\`${entry.alias}\` (${entry.from})`);
    return `| \`${key}\` | ${aliases.join(', ') || '—'} | ${(field.description ?? '').replace(/\|/g, '\\|').replace(/</g, '&lt;')} |`;
  });
  const ignored = Object.keys(IGNORED_KEYS).map((key) => `\`${key}\``).join(', ');
  return [
    '| Key | Also read as | Meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `Read and left out, with a minor \`metadata-key-ignored\` finding: ${ignored}. Any other key is a minor`,
    '`metadata-key-unknown` finding that names it; neither stops the build.',
  ].join('\n');
}
