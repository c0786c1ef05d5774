import type { Finding } from '../../model/finding.js';
import { contentRemovedFinding } from '../../sanitize/content-removed-finding.js';

/** The scrape leftovers the plain-text reader dropped by rule (`Comment (0)`, `Share`…), each a minor content-removed finding. */
export function leftoverFindings(dropped: readonly string[], file: string): Finding[] {
  return dropped.map((line, index) =>
    contentRemovedFinding({
      what: `The closing line “${line.length > 80 ? `${line.slice(0, 79)}…` : line}”`,
      textLost: line.length,
      impact: 'minor',
      location: { file, selector: `closing line ${index + 1} of ${dropped.length}` },
      help: 'It reads as page furniture copied with the article (comments, sharing, newsletter, cookie lines), so it was dropped. If it is article text, end it with a full stop or move it up.',
    }),
  );
}
