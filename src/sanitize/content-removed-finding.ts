import type { Finding, FindingLocation } from '../model/finding.js';

/** Rule id of what a reader or the sanitizer left out of the article: nothing in it is dropped without a word. */
export const CONTENT_REMOVED = 'content-removed';

export interface RemovedContent {
  /** What was removed, as shown: `<iframe>`, `the line "Comment (0)"`. */
  what: string;
  /** Characters of text it held that are gone with it (0 when it held none, or when its text was kept). */
  textLost: number;
  /** Whether the text it held stays in the article (only the element around it went). */
  textKept?: boolean;
  location: FindingLocation;
  /** Why it was removed and what to do, for the report's help column. */
  help: string;
  /** Overrides the impact (default: moderate when text was lost, else minor). */
  impact?: Finding['impact'];
}

/** A `content-removed` finding (source `ingest`): minor, or moderate when text went with what was removed. */
export function contentRemovedFinding(removed: RemovedContent): Finding {
  const text = removed.textLost > 0
    ? `; ${removed.textLost} character${removed.textLost === 1 ? '' : 's'} of text went with it`
    : removed.textKept ? '; the text it held is kept' : '; it held no text';
  return {
    ruleId: CONTENT_REMOVED,
    source: 'ingest',
    impact: removed.impact ?? (removed.textLost > 0 ? 'moderate' : 'minor'),
    location: removed.location,
    message: `${removed.what} was left out of the article${text}.`,
    help: removed.help,
  };
}
