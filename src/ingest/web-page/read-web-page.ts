import type { Asset } from '../../model/asset.js';
import type { IngestWarning } from '../../model/document.js';
import type { ReadScope } from '../confinement.js';
import { tidyBody } from './body-markup.js';
import type { DroppedPart } from './dropped-part.js';
import { type ExtractedArticle, extractArticle, parsePage } from './extract-article.js';
import { removePageFurniture } from './page-furniture.js';
import { revealMath } from './page-math.js';
import { stampPagePositions } from './page-paths.js';
import { renderPageFigures } from './page-figures.js';
import { type PageMetadata, readPageMetadata } from './page-metadata.js';

export interface WebPageArticle {
  /** What the page says about itself; the metadata file overrides it field by field. */
  metadata: PageMetadata;
  standfirst?: string;
  extracted: ExtractedArticle;
  /** The body's text, for language detection. */
  text: string;
  /** What was taken out before extraction (furniture, media, forms), for the report. */
  dropped: DroppedPart[];
}

/** Reads a saved web page (.html): its metadata, then the article without the page's furniture. Nothing runs, nothing is fetched. */
export function readWebPage(html: string): WebPageArticle {
  const document = parsePage(html);
  const metadata = readPageMetadata(document);
  stampPagePositions(document); // where each dropped element stood, for the report
  revealMath(document);
  const dropped = removePageFurniture(document);
  const extracted = extractArticle(document);
  const text = `${extracted.standfirst ?? ''}\n${extracted.body.textContent ?? ''}`;
  const article: WebPageArticle = { metadata, extracted, text, dropped };
  if (extracted.standfirst) article.standfirst = extracted.standfirst;
  return article;
}

/** The body HTML of a read page (untrusted: it goes through the sanitizer next) and the images it keeps. */
export async function webPageHtml(
  page: WebPageArticle,
  options: { baseDir: string; scope: ReadScope; origin: string; language: string; pageUrl: string | undefined; allowRemote?: boolean | undefined },
): Promise<{ bodyHtml: string; assets: Asset[]; warnings: IngestWarning[] }> {
  const figures = await renderPageFigures(page.extracted, options);
  return { bodyHtml: tidyBody(page.extracted.body, options.pageUrl), assets: figures.assets, warnings: figures.warnings };
}
