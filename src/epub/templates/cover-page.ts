import { escapeXml } from '../../markup/escape.js';
import type { CoverImage } from '../cover-image.js';
import type { EpubLabels } from '../labels.js';
import { renderXhtmlPage } from './xhtml-page.js';

/** The first page: the cover image alone, with its alternative text. */
export function renderCoverPage(cover: CoverImage, language: string, labels: EpubLabels): string {
  return renderXhtmlPage({
    language,
    title: labels.coverTitle,
    bodyType: 'frontmatter',
    body: `<section epub:type="cover" class="cover">
<img src="${escapeXml(cover.href)}" alt="${escapeXml(cover.alt)}" role="doc-cover"/>
</section>`,
  });
}
