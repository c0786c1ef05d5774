import type { ArticleFile, FigureFile } from '../config/article-schema.js';
import type { IngestedArticle, IngestWarning } from '../model/document.js';
import { detectLanguage } from './detect-language.js';
import { assertNestingWithin } from './nesting-limit.js';
import { ColophonError } from '../errors.js';
import type { ArticleSource } from '../model/article-source.js';
import { type LocatedArticle, locateArticle } from './locate-article.js';
import { locateSource } from './locate-source.js';
import { withModificationDate } from './modification-date.js';
import { describeMath } from './math/describe-math.js';
import { leftoverFindings } from './plain-text/leftover-findings.js';
import { markdownHtml } from './markdown/markdown-html.js';
import { readMarkdown } from './markdown/read-markdown.js';
import { plainTextHtml } from './plain-text/plain-text-html.js';
import { readPlainText } from './plain-text/read-plain-text.js';
import { readInputFile } from './read-input-file.js';
import { refuseUnsafeUrls } from './refuse-unsafe-urls.js';
import { resolveMetadata } from './resolve-metadata.js';
import type { PageMetadata } from './web-page/page-metadata.js';
import { readWebPage, webPageHtml } from './web-page/read-web-page.js';

export interface IngestOptions {
  /** An article file (.txt, .md, .html) or a folder holding article.yaml and the text. */
  path?: string;
  /** Or the article itself, in memory (text, format, metadata, images): read as the same article from disk, without a file. */
  source?: ArticleSource;
  /** Download images the article names by http(s) URL; off by default (nothing is ever fetched otherwise). */
  allowRemote?: boolean;
  /**
   * Folders outside the article's folder whose files it may read (`--allow-outside`). Otherwise everything the article
   * reads (text, metadata, images) must lie in its folder once symlinks are followed: INPUT_OUTSIDE.
   */
  allowOutside?: readonly string[];
}

/** Reads an article from disk into metadata and (untrusted) body HTML. Nothing is fetched, no script runs. */
export async function ingest(options: IngestOptions): Promise<IngestedArticle> {
  const located = await locate(options);
  // Every URL read (metadata, content links) passes the one URL policy: a refused one is removed and becomes a finding.
  const article = await describeMath(refuseUnsafeUrls(await readArticle(located, options)));
  // An article in memory has no file whose date could stand in for a missing one.
  return options.source ? article : withModificationDate(article);
}

function locate(options: IngestOptions): Promise<LocatedArticle> | LocatedArticle {
  if (options.source) return locateSource(options.source);
  if (options.path === undefined) {
    throw new ColophonError('OPTIONS_INVALID', 'Nothing to read: give a path or a source.', { hint: 'ingest({ path }) reads from disk; ingest({ source: { text, format } }) from memory.' });
  }
  return locateArticle(options.path, { allowOutside: options.allowOutside });
}

async function readArticle(located: LocatedArticle, options: IngestOptions): Promise<IngestedArticle> {
  const { scope } = located;
  const origin = located.textPath;
  const decoded = await readInputFile(origin, { html: located.format === 'html', scope });
  const warnings: IngestWarning[] = [...located.warnings, ...decoded.warnings];

  if (located.format === 'html') {
    assertNestingWithin(decoded.text, origin); // before Readability, whose time grows with the cube of the depth
    const page = readWebPage(decoded.text);
    const file = settleLanguage(mergePageMetadata(page.metadata, located.file), page.text, origin, warnings);
    const standfirst = file.standfirst ?? page.standfirst;
    const metadata = resolveMetadata(file, { slug: located.slug, standfirst, origin });
    const html = await webPageHtml(page, { baseDir: located.baseDir, scope, allowRemote: options.allowRemote, origin, language: metadata.language, pageUrl: page.metadata.source });
    return withStandfirst({ metadata, bodyHtml: html.bodyHtml, assets: html.assets, warnings: [...warnings, ...html.warnings], sourcePath: origin }, standfirst);
  }

  if (located.format === 'markdown') {
    const markdown = readMarkdown(decoded.text, origin, located.file.language);
    const file = settleLanguage({ ...located.file, ...markdown.file }, markdown.body, origin, warnings);
    const metadata = resolveMetadata(file, { slug: located.slug, title: markdown.title, standfirst: file.standfirst, origin });
    const { bodyHtml, assets, warnings: mathWarnings } = await markdownHtml(markdown, { baseDir: located.baseDir, scope, allowRemote: options.allowRemote, language: metadata.language });
    assertNestingWithin(bodyHtml, origin); // raw HTML and blockquotes, before anything walks the tree
    return withStandfirst({ metadata, bodyHtml, assets, warnings: [...warnings, ...mathWarnings], sourcePath: origin }, file.standfirst);
  }

  const text = readPlainText(decoded.text);
  const file = settleLanguage(located.file, decoded.text, origin, warnings);
  const metadata = resolveMetadata(file, { slug: located.slug, standfirst: text.standfirst, origin });
  const figures: FigureFile[] = file.images ?? (file.image ? [file.image] : []);
  const html = await plainTextHtml(text.blocks, figures, { baseDir: located.baseDir, scope, allowRemote: options.allowRemote, language: metadata.language });
  return withStandfirst(
    { metadata, bodyHtml: html.bodyHtml, assets: html.assets, warnings: [...warnings, ...text.warnings, ...html.warnings], sourcePath: origin, ...(text.dropped.length > 0 ? { findings: leftoverFindings(text.dropped, origin) } : {}) },
    text.standfirst,
  );
}

/** The metadata file wins field by field; its `author` or `standfirst` also replaces the page's authors or description. */
function mergePageMetadata(page: PageMetadata, file: ArticleFile): ArticleFile {
  const fromPage: PageMetadata = { ...page };
  if (file.author || file.authors) delete fromPage.authors;
  if (file.standfirst) delete fromPage.description;
  return { ...fromPage, ...file };
}

/** When the metadata gives no language, the text's language is detected (LANGUAGE_DETECTED); if it cannot be, resolveMetadata says so. */
function settleLanguage(file: ArticleFile, text: string, origin: string, warnings: IngestWarning[]): ArticleFile {
  if (file.language) return file;
  const detected = detectLanguage(text, origin);
  if (!detected) return file;
  warnings.push(detected.warning);
  return { ...file, language: detected.language };
}

function withStandfirst(article: IngestedArticle, standfirst: string | undefined): IngestedArticle {
  return standfirst ? { ...article, standfirst: standfirst.trim() } : article;
}
