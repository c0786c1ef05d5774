import type { ArticleFile } from '../../config/article-schema.js';
import { articleFileSchema } from '../../config/article-schema.js';
import { checkLinkUrl } from '../../sanitize/url-policy.js';
import { classWords } from './class-words.js';
import { readJsonLdArticle } from './json-ld.js';

/** The metadata fields a saved web page can supply; `article.yaml` / `<name>.yaml` override each of them. */
export type PageMetadata = Pick<ArticleFile, 'title' | 'authors' | 'date' | 'modified' | 'source' | 'publisher' | 'language' | 'description'>;

/**
 * What the page says about itself, read before anything is removed:
 * title (og:title, JSON-LD headline, the h1, `<title>` without the site's name), authors (JSON-LD, meta author, the byline),
 * date (article:published_time, JSON-LD datePublished, `<time datetime>`), the canonical URL (`<link rel=canonical>`, og:url),
 * the site's name (og:site_name, JSON-LD publisher) and the language (`<html lang>`, JSON-LD inLanguage, og:locale).
 * A value that is not valid for article.yaml (a date that is not ISO 8601, a relative URL) is left out.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const jsonLd = readJsonLdArticle(document);
  const meta = (key: string) => metaContent(document, key);
  const siteName = meta('og:site_name') ?? jsonLd?.publisherName;
  const candidates: PageMetadata = {
    title: meta('og:title') ?? jsonLd?.headline ?? onlyHeading(document) ?? titleWithoutSite(document.title, siteName),
    authors: nonEmpty(jsonLd?.authors) ?? nonEmpty(splitNames(meta('author'))) ?? nonEmpty(splitNames(bylineText(document))),
    date: isoDate(meta('article:published_time') ?? jsonLd?.datePublished ?? timeDatetime(document)),
    modified: isoDate(meta('article:modified_time') ?? jsonLd?.dateModified),
    source: pageUrl([document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), meta('og:url'), jsonLd?.url]),
    publisher: siteName,
    language: languageTag(document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang') ?? jsonLd?.inLanguage ?? meta('og:locale')),
    description: meta('description') ?? meta('og:description'),
  };
  const valid: PageMetadata = {};
  for (const [key, value] of Object.entries(candidates) as Array<[keyof PageMetadata, unknown]>) {
    if (value !== undefined && articleFileSchema.shape[key].safeParse(value).success) Object.assign(valid, { [key]: value });
  }
  return valid;
}

function metaContent(document: Document, key: string): string | undefined {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = element?.getAttribute('content')?.replace(/\s+/gu, ' ').trim();
  return content ? content : undefined;
}

function onlyHeading(document: Document): string | undefined {
  const headings = Array.from(document.querySelectorAll('h1'));
  return headings.length === 1 ? headings[0]?.textContent?.replace(/\s+/gu, ' ').trim() || undefined : undefined;
}

/** `Headline – Site` / `Headline | Site` → `Headline`. */
function titleWithoutSite(title: string | undefined, siteName: string | undefined): string | undefined {
  const clean = title?.replace(/\s+/gu, ' ').trim();
  if (!clean) return undefined;
  const parts = clean.split(/\s+[|–—-]\s+/u);
  const last = parts.at(-1);
  if (parts.length > 1 && last && (last === siteName || last.split(' ').length <= 4)) return parts.slice(0, -1).join(' – ');
  return clean;
}

/** The byline: `rel=author` / `itemprop=author` links, else elements classed author (`author-name`), else one classed byline. */
function bylineText(document: Document): string | undefined {
  const textOf = (element: Element) => element.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
  const marked = Array.from(document.querySelectorAll('[rel="author"], [itemprop="author"]'));
  const classed = Array.from(document.querySelectorAll('body [class]')).filter((element) => classWords(element).has('author') && !element.querySelector('[class]'));
  const names = (marked.length > 0 ? marked : classed).map(textOf).filter((name) => name !== '');
  if (names.length > 0) return [...new Set(names)].join(', ');
  const byline = Array.from(document.querySelectorAll('body [class]')).find((element) => classWords(element).has('byline'));
  return byline ? textOf(byline) || undefined : undefined;
}

/** `Par Marie Dupont et Jean Martin · 18 mars` → `['Marie Dupont', 'Jean Martin']`. */
function splitNames(text: string | undefined): string[] {
  if (!text || /^https?:/i.test(text)) return [];
  const names = text.split(/\s*[·•|—]\s*/u)[0] ?? '';
  return names
    .replace(/^(par|by|von|por|di|de)\s+/iu, '')
    .split(/\s*(?:,|;|&|\bet\b|\band\b|\bund\b|\by\b|\be\b)\s*/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 1 && name.length < 80);
}

function nonEmpty(names: string[] | undefined): string[] | undefined {
  return names && names.length > 0 ? names : undefined;
}

function timeDatetime(document: Document): string | undefined {
  const time = document.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime]');
  return time?.getAttribute('datetime')?.trim() || undefined;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (articleFileSchema.shape.date.safeParse(value).success) return value;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * The page's own address: the first candidate that is an http(s) URL under the one URL policy. When none is but one
 * is an absolute URL the policy refuses (`javascript:`…), that one is kept so that ingest refuses it with a finding
 * (url-refused) instead of dropping it in silence. Relative or unparseable values are left out, as before.
 */
function pageUrl(values: ReadonlyArray<string | null | undefined>): string | undefined {
  const checked = values.flatMap((value) => (value ? [{ value, check: checkLinkUrl(value) }] : []));
  for (const { check } of checked) if (check.ok && /^https?:/i.test(check.href)) return new URL(check.href).href;
  return checked.find(({ check }) => !check.ok && check.scheme !== undefined)?.value;
}

/** `fr_FR` → `fr-FR`; `x-default` and other non-tags are left out by the schema check. */
function languageTag(value: string | null | undefined): string | undefined {
  return value?.trim().replace(/_/g, '-') || undefined;
}
