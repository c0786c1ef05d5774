import type { SanitizedArticle, SemanticDocument } from '../model/document.js';
import { escapeXml } from '../markup/escape.js';
import { parseFragment, proseTextNodes, serializeFragment } from '../markup/html-tree.js';
import { sanitizeFragment } from '../sanitize/sanitize.js';
import { markAbbreviations } from './abbreviations.js';
import { attributionLabels } from './attribution-labels.js';
import { attributionMarkup } from './attribution.js';
import { listFigures, outlineHeadings } from './outline.js';
import { applyTypography, typesetText } from './typography.js';

export const TITLE_ID = 'article-title';

/**
 * The semantic document stage: one `<article>` with the headline, the standfirst as lead,
 * the body, and the source block; typography of the article's language; acronyms expanded;
 * headings given ids. The result goes through the allowlist once more, so that everything
 * any output is made from has passed the one policy.
 */
export function composeDocument(article: SanitizedArticle): SemanticDocument {
  const { metadata } = article;
  const language = metadata.language;
  const byline = metadata.authors.length
    ? `<p class="byline">${escapeXml(attributionLabels(language).by(metadata.authors.join(', ')))}</p>`
    : '';
  const standfirst = article.standfirst ? `<p class="standfirst">${escapeXml(article.standfirst)}</p>` : '';
  const markup =
    `<article aria-labelledby="${TITLE_ID}"><header><h1 id="${TITLE_ID}">${escapeXml(metadata.title)}</h1>${standfirst}${byline}</header>` +
    `${article.bodyHtml}${attributionMarkup(metadata)}</article>`;

  const tree = parseFragment(sanitizeFragment(markup, article.assets));
  const prose = proseTextNodes(tree, language);
  applyTypography(prose);
  markAbbreviations(proseTextNodes(tree, language), metadata.abbreviations);
  const headings = outlineHeadings(tree);
  const figures = listFigures(tree);
  const articleHtml = sanitizeFragment(serializeFragment(tree), article.assets);

  const description = metadata.description ?? article.standfirst;
  return {
    metadata: {
      ...metadata,
      title: typesetText(metadata.title, language),
      ...(description ? { description: typesetText(description, language) } : {}),
    },
    articleHtml,
    headings,
    figures,
    assets: article.assets,
    warnings: article.warnings,
    ...(article.findings ? { findings: article.findings } : {}),
  };
}
