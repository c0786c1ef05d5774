import type { ArticleMetadata } from '../model/metadata.js';
import { escapeXml } from '../markup/escape.js';
import { safeHref } from '../sanitize/url-policy.js';
import { attributionLabels, formatDate } from './attribution-labels.js';

export const ATTRIBUTION_HEADING_ID = 'attribution-title';

/** The source block that closes every edition: publisher, date, original URL in full, licence. */
export function attributionMarkup(metadata: ArticleMetadata): string {
  const labels = attributionLabels(metadata.language);
  const lines: string[] = [];
  const published = publishedLine(metadata);
  if (published) lines.push(`<p>${published}.</p>`);
  const source = safeHref(metadata.sourceUrl);
  lines.push(source ? `<p>${escapeXml(labels.original)} ${link(source, source)}</p>` : `<p>${escapeXml(labels.unknownOriginal)}</p>`);
  if (metadata.license) {
    const name = linkOrText(metadata.license.name, metadata.license.url);
    lines.push(`<p>${escapeXml(labels.license)} ${name}</p>`);
  }
  return (
    `<section class="attribution" aria-labelledby="${ATTRIBUTION_HEADING_ID}">` +
    `<h2 id="${ATTRIBUTION_HEADING_ID}">${escapeXml(labels.heading)}</h2>${lines.join('')}</section>`
  );
}

function publishedLine(metadata: ArticleMetadata): string | undefined {
  const labels = attributionLabels(metadata.language);
  const parts: string[] = [];
  if (metadata.publisher) {
    const name = linkOrText(metadata.publisher.name, metadata.publisher.url);
    parts.push(labels.publishedBy(name));
  }
  if (metadata.published) {
    const date = `<time datetime="${escapeXml(metadata.published)}">${escapeXml(formatDate(metadata.published, metadata.language))}</time>`;
    const hasDay = /^\d{4}-\d{2}-\d{2}/.test(metadata.published);
    if (parts.length === 0) parts.push(labels.published);
    parts.push(labels.publishedOn(date, hasDay));
  }
  return parts.length ? parts.join(' ') : undefined;
}

function link(href: string, text: string): string {
  return `<a href="${escapeXml(href)}">${escapeXml(text)}</a>`;
}

/** A link only when the one URL policy allows the URL (metadata from a library caller is not vetted by ingest); the text otherwise. */
function linkOrText(text: string, url: string | undefined): string {
  const href = safeHref(url);
  return href ? link(href, text) : escapeXml(text);
}
