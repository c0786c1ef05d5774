import { escapeXml } from '../../markup/escape.js';
import type { ArticleMetadata } from '../../model/metadata.js';
import type { EpubLabels } from '../labels.js';
import { renderXhtmlPage } from './xhtml-page.js';

/** Title, authors and publisher, as a book's title page sets them. */
export function renderTitlePage(metadata: ArticleMetadata, language: string, labels: EpubLabels): string {
  const authors = metadata.authors.map((author) => author.trim()).filter(Boolean);
  const lines = [
    `<h1 class="titlepage-title">${escapeXml(metadata.title)}</h1>`,
    authors.length > 0 ? `<p class="titlepage-authors">${escapeXml(new Intl.ListFormat(language, { type: 'conjunction' }).format(authors))}</p>` : '',
    metadata.publisher?.name.trim() ? `<p class="titlepage-publisher">${escapeXml(metadata.publisher.name.trim())}</p>` : '',
  ];
  return renderXhtmlPage({
    language,
    title: labels.titlePageTitle,
    bodyType: 'frontmatter',
    body: `<section epub:type="titlepage" class="titlepage">\n${lines.filter(Boolean).join('\n')}\n</section>`,
  });
}
