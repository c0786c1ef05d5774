import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { readArticleMetadata } from '../../config/load-article-file.js';
import type { Finding } from '../../model/finding.js';
import { metadataKeyFindings } from '../metadata-findings.js';
import type { ArticleFile } from '../../config/article-schema.js';
import { readFrontMatter } from './front-matter.js';
import { withColophonExtensions } from './markdown-extensions.js';

export interface MarkdownArticle {
  file: ArticleFile;
  /** Front-matter keys Colophon did not use (metadata-key-unknown, metadata-key-ignored). */
  findings: Finding[];
  /** The Markdown after the front matter. */
  body: string;
  /** The level-1 heading the body started with, used as title when the front matter has none. */
  title?: string;
  tokens: Token[];
  /** Images that stand alone in a paragraph: rendered as figures. */
  imageSources: string[];
  renderer: MarkdownIt;
}

/** Parses Markdown with YAML front matter into tokens; images are loaded before rendering (see markdownHtml). */
export function readMarkdown(text: string, origin: string, languageHint?: string): MarkdownArticle {
  // YAML only, never code (issue #18); and unlike gray-matter, nothing keeps the text once it is read.
  const parsed = readFrontMatter(text, origin);
  const { file, notices } = readArticleMetadata(parsed.data, `${origin} (front matter)`);
  const renderer = withColophonExtensions(new MarkdownIt({ html: true, linkify: true, typographer: false }), file.language ?? languageHint ?? 'en');
  const tokens = renderer.parse(parsed.body, {});
  const title = takeLeadingTitle(tokens);
  const imageSources = tokens.flatMap((token) => (token.type === 'inline' ? (token.children ?? []) : []))
    .filter((child) => child.type === 'image')
    .map((image) => image.attrGet('src') ?? '');
  demoteHeadingsBelowTitle(tokens);
  const findings = metadataKeyFindings(notices, origin, `${origin} (front matter)`);
  const article: MarkdownArticle = { file, findings, body: parsed.body, tokens, imageSources, renderer };
  if (title) article.title = title;
  return article;
}

/** Removes a `# Title` that opens the body: the title is rendered from metadata. */
function takeLeadingTitle(tokens: Token[]): string | undefined {
  const [open, inline, close] = tokens;
  if (open?.type !== 'heading_open' || open.tag !== 'h1' || !inline || close?.type !== 'heading_close') return undefined;
  tokens.splice(0, 3);
  return inline.content;
}

/** The article's h1 is its title; headings in the body start at h2 and never skip a level. */
function demoteHeadingsBelowTitle(tokens: Token[]): void {
  const levels = tokens.filter((token) => token.type === 'heading_open').map((token) => Number(token.tag.slice(1)));
  if (levels.length === 0) return;
  const shift = 2 - Math.min(...levels);
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
}
