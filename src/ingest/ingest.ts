import type { ArticleFile, FigureFile } from '../config/article-schema.js';
import type { IngestedArticle, IngestWarning } from '../model/document.js';
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
import { readOverrides, settleMetadata } from './settle-metadata.js';
import type { Finding } from '../model/finding.js';
import type { PageMetadata } from './web-page/page-metadata.js';
import { readWebPage, webPageHtml } from './web-page/read-web-page.js';
import { droppedPartFindings } from './web-page/dropped-findings.js';

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
  /**
   * Metadata over everything the article says (`--title`, `--language`, `--meta key=value`): the keys and aliases of
   * article.yaml; an unknown key is OPTIONS_INVALID.
   */
  overrides?: Readonly<Record<string, unknown>>;
}

/** Reads an article from disk into metadata and (untrusted) body HTML. Nothing is fetched, no script runs. */
export async function ingest(options: IngestOptions): Promise<IngestedArticle> {
  const located = await locate(options);
  // Every URL read (metadata, content links) passes the one URL policy: a refused one is removed and becomes a finding.
  const article = await describeMath(refuseUnsafeUrls(await readArticle(located, options)));
  // An article in memory has no file on disk: the date its file had where it came from stands in, if given.
  if (!options.source) return withModificationDate(article);
  return options.source.fileModified ? withModificationDate(article, new Date(options.source.fileModified)) : article;
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
  const overrides = readOverrides(options.overrides);
  const findings: Finding[] = [...located.findings];
  const settle = (input: Omit<Parameters<typeof settleMetadata>[0], 'overrides' | 'name' | 'origin'>) => {
    const settled = settleMetadata({ ...input, overrides, name: located.name, origin });
    warnings.push(...settled.warnings);
    findings.push(...settled.findings);
    return settled.file;
  };

  if (located.format === 'html') {
    assertNestingWithin(decoded.text, origin); // before Readability, whose time grows with the cube of the depth
    const page = readWebPage(decoded.text);
    const file = settle({ file: mergePageMetadata(page.metadata, located.file), text: page.text });
    const standfirst = file.standfirst ?? page.standfirst;
    const metadata = resolveMetadata(file, { slug: located.slug, standfirst, origin });
    const html = await webPageHtml(page, { baseDir: located.baseDir, scope, allowRemote: options.allowRemote, origin, language: metadata.language, pageUrl: page.metadata.source });
    // What the reader took out of the page (furniture, media, what Readability left out) is reported, never silent.
    const dropped = droppedPartFindings(page.dropped, page.extracted.leftOut, origin);
    return withStandfirst(withFindings({ metadata, bodyHtml: html.bodyHtml, assets: html.assets, warnings: [...warnings, ...html.warnings], sourcePath: origin }, [...findings, ...dropped]), standfirst);
  }

  if (located.format === 'markdown') {
    const markdown = readMarkdown(decoded.text, origin, overrides?.language ?? located.file.language);
    findings.push(...markdown.findings);
    const file = settle({ file: { ...located.file, ...markdown.file }, text: markdown.body, heading: markdown.title, markdown: true });
    const metadata = resolveMetadata(file, { slug: located.slug, title: markdown.title, standfirst: file.standfirst, origin });
    const { bodyHtml, assets, warnings: mathWarnings } = await markdownHtml(markdown, { baseDir: located.baseDir, scope, allowRemote: options.allowRemote, language: metadata.language });
    assertNestingWithin(bodyHtml, origin); // raw HTML and blockquotes, before anything walks the tree
    return withStandfirst(withFindings({ metadata, bodyHtml, assets, warnings: [...warnings, ...mathWarnings], sourcePath: origin }, findings), file.standfirst);
  }

  const text = readPlainText(decoded.text);
  const file = settle({ file: located.file, text: decoded.text });
  const metadata = resolveMetadata(file, { slug: located.slug, standfirst: text.standfirst, origin });
  const figures: FigureFile[] = file.images ?? (file.image ? [file.image] : []);
  const html = await plainTextHtml(text.blocks, figures, { baseDir: located.baseDir, scope, allowRemote: options.allowRemote, language: metadata.language });
  return withStandfirst(
    withFindings({ metadata, bodyHtml: html.bodyHtml, assets: html.assets, warnings: [...warnings, ...text.warnings, ...html.warnings], sourcePath: origin }, [...findings, ...leftoverFindings(text.dropped, origin)]),
    text.standfirst,
  );
}

/** The metadata file wins field by field; its `authors` (or `author`) or `standfirst` also replaces the page's authors or description. */
function mergePageMetadata(page: PageMetadata, file: ArticleFile): ArticleFile {
  const fromPage: PageMetadata = { ...page };
  if (file.authors) delete fromPage.authors;
  if (file.standfirst) delete fromPage.description;
  return { ...fromPage, ...file };
}

function withFindings(article: IngestedArticle, findings: Finding[]): IngestedArticle {
  return findings.length > 0 ? { ...article, findings } : article;
}

function withStandfirst(article: IngestedArticle, standfirst: string | undefined): IngestedArticle {
  return standfirst ? { ...article, standfirst: standfirst.trim() } : article;
}
