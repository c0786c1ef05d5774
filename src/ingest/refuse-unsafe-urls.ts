import { findElements, parseFragment, textOf } from '../markup/html-tree.js';
import type { IngestedArticle } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { ArticleMetadata } from '../model/metadata.js';
import { LINK_SCHEMES, checkLinkUrl, normalizeUrl } from '../sanitize/url-policy.js';

export const URL_REFUSED = 'url-refused';

const HELP = `Colophon writes only ${LINK_SCHEMES.slice(0, -1).join(', ')} and ${LINK_SCHEMES.at(-1)} links: give the address as https://… (or mailto:…). The refused URL is left out of every output.`;

/**
 * The one URL policy applied to what ingest read: a metadata URL (`source`, `publisher.url`, `license.url`) the policy
 * refuses is removed from the metadata, and every refused URL — in the metadata or a link in the content, which the
 * sanitizer then removes — becomes an `ingest` finding, so that a hostile link is reported, never dropped in silence.
 */
export function refuseUnsafeUrls(article: IngestedArticle): IngestedArticle {
  const file = article.sourcePath ?? article.metadata.slug;
  const findings: Finding[] = [];
  const refuse = (field: string, url: string, reason: string, selector?: string) =>
    findings.push({
      ruleId: URL_REFUSED,
      source: 'ingest',
      impact: 'serious',
      location: selector ? { file, selector } : { file },
      message: `${field}: ${quoted(url)} is refused: ${reason}.`,
      help: HELP,
    });

  const metadata: ArticleMetadata = { ...article.metadata };
  const vetted = (field: string, url: string | undefined): string | undefined => {
    if (url === undefined) return undefined;
    const checked = checkLinkUrl(url);
    if (checked.ok) return checked.href;
    refuse(field, url, checked.reason);
    return undefined;
  };
  const source = vetted('source', metadata.sourceUrl);
  if (source) metadata.sourceUrl = source;
  else delete metadata.sourceUrl;
  if (metadata.publisher) metadata.publisher = withUrl(metadata.publisher, vetted('publisher.url', metadata.publisher.url));
  if (metadata.license) metadata.license = withUrl(metadata.license, vetted('license.url', metadata.license.url));

  for (const link of refusedContentLinks(article.bodyHtml)) refuse(`a link in the content (“${link.text}”)`, link.url, `the ${link.scheme}: scheme is not allowed`, link.selector);
  if (findings.length === 0) return article;
  return { ...article, metadata, findings: [...(article.findings ?? []), ...findings] };
}

function withUrl(party: { name: string; url?: string }, url: string | undefined): { name: string; url?: string } {
  return url ? { name: party.name, url } : { name: party.name };
}

interface RefusedLink {
  url: string;
  scheme: string;
  text: string;
  selector: string;
}

/** The attributes the sanitizer checks against the link schemes (`img src` is checked against the article's assets instead). */
const LINK_ATTRIBUTES = ['href', 'cite'];

/** Links in the (unsanitized) body whose scheme the policy refuses; relative links have no scheme and pass, as in the sanitizer. */
function refusedContentLinks(bodyHtml: string): RefusedLink[] {
  const links: RefusedLink[] = [];
  for (const element of findElements(parseFragment(bodyHtml), (candidate) => candidate.name !== 'img')) {
    for (const attribute of LINK_ATTRIBUTES) {
      const value = element.attribs[attribute];
      const scheme = value === undefined ? undefined : /^([a-z][a-z0-9+.-]*):/i.exec(normalizeUrl(value))?.[1]?.toLowerCase();
      if (value === undefined || scheme === undefined || LINK_SCHEMES.includes(scheme)) continue;
      const text = textOf(element).replace(/\s+/g, ' ').trim();
      links.push({ url: value, scheme, text: text.length > 60 ? `${text.slice(0, 59)}…` : text, selector: `${element.name}[${attribute}]` });
    }
  }
  return links;
}

/** The URL as data in a message: quoted, control characters shown escaped, long ones shortened. */
function quoted(url: string): string {
  const shown = JSON.stringify(url);
  return shown.length > 120 ? `${shown.slice(0, 118)}…"` : shown;
}
