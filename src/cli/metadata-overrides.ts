import { parse as parseYaml } from 'yaml';
import type { BuildFlags } from './build-command.js';

/**
 * `--meta key=value` (each value read as a YAML scalar or flow list: `date=2026-02-14`, `authors=[A, B]`,
 * `draft=false`; text that is not valid YAML is taken as it is), then `--title` and `--language` over them.
 * The keys are checked when the article is read (ingest's overrides): those of article.yaml, or their aliases.
 */
export function metadataOverrides(flags: Pick<BuildFlags, 'meta' | 'title' | 'language'>): Record<string, unknown> | undefined {
  const overrides: Record<string, unknown> = {};
  for (const pair of flags.meta ?? []) {
    const index = pair.indexOf('=');
    overrides[pair.slice(0, index).trim()] = yamlValue(pair.slice(index + 1).trim());
  }
  if (flags.title !== undefined) overrides['title'] = flags.title;
  if (flags.language !== undefined) overrides['language'] = flags.language;
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}

function yamlValue(text: string): unknown {
  if (text === '') return '';
  try {
    return parseYaml(text);
  } catch {
    return text;
  }
}
