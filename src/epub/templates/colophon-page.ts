import { escapeXml } from '../../markup/escape.js';
import type { FigureEntry } from '../../model/document.js';
import type { ArticleMetadata } from '../../model/metadata.js';
import { safeHref } from '../../sanitize/url-policy.js';
import { ARTICLE_PAGE } from '../epub-layout.js';
import type { EpubLabels } from '../labels.js';
import type { PublicationDate } from '../package-dates.js';
import { renderXhtmlPage } from './xhtml-page.js';

export interface ColophonSource {
  metadata: ArticleMetadata;
  language: string;
  labels: EpubLabels;
  published?: PublicationDate;
  figures: readonly FigureEntry[];
  /** Ids present in the article, so a credit links to its figure only when the figure is there. */
  articleIds: ReadonlySet<string>;
  /** The document holding each id, when the article is split into several (default: `article.xhtml`). */
  fileOf?: ReadonlyMap<string, string>;
  typeface: string;
}

/** Back matter: where the text comes from (publisher, original URL in full, date, licence), image credits, typeface, and who made the book. */
export function renderColophonPage(source: ColophonSource): string {
  const { labels } = source;
  const entries = [
    sourceLink(source.metadata.sourceUrl, labels.originalArticle),
    source.metadata.publisher && entry(labels.publisher, linkOrText(source.metadata.publisher.name, source.metadata.publisher.url)),
    source.published && entry(labels.publicationDate, publicationDate(source.published, source.language)),
    source.metadata.license && entry(labels.license, linkOrText(source.metadata.license.name, source.metadata.license.url)),
    ...imageCredits(source),
    entry(labels.typeface, escapeXml(`${source.typeface}, SIL Open Font License 1.1`)),
    entry(labels.identifier, escapeXml(source.metadata.identifier)),
  ];
  return renderXhtmlPage({
    language: source.language,
    title: labels.colophonTitle,
    bodyType: 'backmatter',
    body: `<section epub:type="colophon" role="doc-colophon" class="colophon" aria-labelledby="colophon-title">
<h1 id="colophon-title">${escapeXml(labels.colophonTitle)}</h1>
<dl>
${entries.filter(Boolean).join('\n')}
</dl>
<p class="made-with">${escapeXml(labels.madeWith)}</p>
</section>`,
  });
}

function entry(term: string, ...descriptions: string[]): string {
  return `<dt>${escapeXml(term)}</dt>${descriptions.map((description) => `<dd>${description}</dd>`).join('')}`;
}

function imageCredits(source: ColophonSource): string[] {
  const credits = source.figures.flatMap((figure, index) => {
    const credit = figure.credit?.trim();
    if (!credit) return [];
    const label = escapeXml(source.labels.figureLabel(index + 1));
    const figureLabel = source.articleIds.has(figure.id) ? `<a href="${escapeXml(`${source.fileOf?.get(figure.id) ?? ARTICLE_PAGE}#${figure.id}`)}">${label}</a>` : label;
    return [`${figureLabel}${escapeXml(source.labels.colon + credit)}`];
  });
  return credits.length > 0 ? [entry(source.labels.imageCredits, ...credits)] : [];
}

/** The original URL, in full and as a link, only when the URL policy allows it (a library caller's metadata is not vetted by ingest). */
function sourceLink(url: string | undefined, term: string): string | undefined {
  const href = safeHref(url);
  return href ? entry(term, `<a href="${escapeXml(href)}">${escapeXml(href)}</a>`) : undefined;
}

/** A link when the URL policy allows the URL; the text alone otherwise. */
function linkOrText(text: string, url: string | undefined): string {
  const href = safeHref(url);
  return href ? `<a href="${escapeXml(href)}">${escapeXml(text)}</a>` : escapeXml(text);
}

const DATE_FORMATS: Readonly<Record<PublicationDate['precision'], Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { dateStyle: 'long' },
  time: { dateStyle: 'long' },
};

/** The date as precise as the article gives it, spelled in the book's language: `2023`, `juin 2023`, `15 juin 2023`. */
function publicationDate({ calendar, precision }: PublicationDate, language: string): string {
  const [year = 1970, month = 1, day = 1] = calendar.split('-').map(Number);
  const format = new Intl.DateTimeFormat(language, { ...DATE_FORMATS[precision], timeZone: 'UTC' });
  return `<time datetime="${escapeXml(calendar)}">${escapeXml(format.format(new Date(Date.UTC(year, month - 1, day))))}</time>`;
}
