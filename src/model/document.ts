import type { Asset } from './asset.js';
import type { ArticleMetadata } from './metadata.js';
import type { Finding } from './finding.js';

/** A notice about the input that is not an error: a leftover kept, a guess made. */
export interface IngestWarning {
  code: string;
  message: string;
}

/** What a reader made of an input file: metadata and body HTML that nobody has vetted yet. */
export interface IngestedArticle {
  metadata: ArticleMetadata;
  /** Standfirst (lead), plain text, if the input has one. */
  standfirst?: string;
  /** Article body as HTML. Untrusted: it must go through `sanitize` before any output. */
  bodyHtml: string;
  assets: Asset[];
  warnings: IngestWarning[];
  /** Problems found while reading the input (source `ingest`, e.g. a refused URL): merged into the audit's findings. */
  findings?: Finding[];
  /** Path of the file the article came from (for messages). */
  sourcePath?: string;
}

/** The ingested article after the one allowlist policy: `bodyHtml` is now safe. */
export interface SanitizedArticle extends Omit<IngestedArticle, 'bodyHtml'> {
  bodyHtml: string;
  readonly sanitized: true;
}

export interface HeadingEntry {
  level: number;
  id: string;
  text: string;
}

export interface FigureEntry {
  id: string;
  src: string;
  /** Undefined when the image has no alt attribute at all (an audit finding). */
  alt: string | undefined;
  caption: string;
  credit?: string;
}

/**
 * The semantic document: one `<article>` element (sanitized HTML, XHTML-serialisable)
 * plus typed metadata and the assets it refers to. Web page, EPUB and PDF are all made from this.
 */
export interface SemanticDocument {
  metadata: ArticleMetadata;
  /** The `<article>…</article>` element: h1, standfirst, body, attribution. */
  articleHtml: string;
  headings: HeadingEntry[];
  figures: FigureEntry[];
  assets: Asset[];
  warnings: IngestWarning[];
  /** Problems found while reading the input, carried from ingest to the report. */
  findings?: Finding[];
}
