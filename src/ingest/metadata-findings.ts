import type { MetadataNotice } from '../config/load-article-file.js';
import type { Finding } from '../model/finding.js';

export const METADATA_KEY_UNKNOWN = 'metadata-key-unknown';
export const METADATA_KEY_IGNORED = 'metadata-key-ignored';
export const METADATA_TITLE_DERIVED = 'metadata-title-derived';

const KEYS_HELP = 'Colophon’s keys and the other tools’ names it reads for them are listed in the README (“An article on disk”). Correct the key if it is misspelt; otherwise it can stay.';

/** Keys the metadata holds that Colophon did not use: each is a minor finding that names it, never an error. */
export function metadataKeyFindings(notices: readonly MetadataNotice[], file: string, origin: string): Finding[] {
  return notices.map((notice) => ({
    ruleId: notice.kind === 'unknown' ? METADATA_KEY_UNKNOWN : METADATA_KEY_IGNORED,
    source: 'ingest',
    impact: 'minor',
    location: { file, selector: notice.key },
    message: notice.kind === 'unknown'
      ? `${origin}: the key "${notice.key}" is not one Colophon reads; it was left out.`
      : `${origin}: "${notice.key}" was left out: ${notice.reason}.`,
    help: KEYS_HELP,
  }));
}

/** The article had no title anywhere: it was named after its file or folder, and the report says so. */
export function derivedTitleFinding(title: string, name: string, file: string, markdown: boolean): Finding {
  return {
    ruleId: METADATA_TITLE_DERIVED,
    source: 'ingest',
    impact: 'moderate',
    location: { file },
    message: `The article has no title (no --title, no \`title\` in its metadata${markdown ? ', no level-1 heading' : ''}); it is titled “${title}”, from the name “${name}”.`,
    help: `Give it its real title: \`colophon build --title "…"\`, \`title: …\` in article.yaml, a <name>.yaml beside the file or the Markdown front matter${markdown ? ', or a `# Heading` opening the Markdown' : ''}.`,
  };
}

/** `kfor-otan-ue` → “Kfor otan ue”, `2024-05-01-harbour_reopens` → “Harbour reopens”: words split on - and _, a Jekyll date prefix dropped, the first letter capitalised. */
export function titleFromName(name: string): string {
  const words = name.replace(/^\d{4}-\d{2}-\d{2}[-_]+(?=\S)/, '').split(/[-_\s]+/u).filter(Boolean).join(' ');
  const text = words || name;
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
