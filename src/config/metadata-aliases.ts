import type { ArticleFile } from './article-schema.js';

/**
 * The keys other tools' front matter uses for Colophon's own fields (pandoc, Jekyll, Hugo, Eleventy, and the
 * common plugins), mapped to Colophon's key before validation. The README's table of keys and aliases is this table
 * (tests/config/metadata-aliases.test.ts checks it against the schema). Keys are matched ignoring case, `-` and `_`:
 * `Cover-Image`, `cover_image` and `coverImage` are one key.
 */
export interface MetadataAlias {
  alias: string;
  canonical: keyof ArticleFile;
  /** Who writes it. */
  from: string;
}

export const METADATA_ALIASES: readonly MetadataAlias[] = [
  { alias: 'lang', canonical: 'language', from: 'pandoc, Hugo, Eleventy' },
  { alias: 'author', canonical: 'authors', from: 'pandoc, Jekyll, Hugo, Eleventy; a name, a list, or { name }' },
  { alias: 'creator', canonical: 'authors', from: 'pandoc, for EPUB' },
  { alias: 'subtitle', canonical: 'standfirst', from: 'pandoc' },
  { alias: 'abstract', canonical: 'description', from: 'pandoc' },
  { alias: 'summary', canonical: 'description', from: 'Hugo' },
  { alias: 'excerpt', canonical: 'description', from: 'Jekyll' },
  { alias: 'rights', canonical: 'license', from: 'pandoc' },
  { alias: 'copyright', canonical: 'license', from: 'Hugo' },
  { alias: 'keywords', canonical: 'subjects', from: 'pandoc, Hugo' },
  { alias: 'subject', canonical: 'subjects', from: 'pandoc' },
  { alias: 'tags', canonical: 'subjects', from: 'Jekyll, Hugo, Eleventy' },
  { alias: 'categories', canonical: 'subjects', from: 'Jekyll, Hugo' },
  { alias: 'isbn', canonical: 'identifier', from: 'pandoc; written as urn:isbn:…' },
  { alias: 'publishDate', canonical: 'date', from: 'Hugo' },
  { alias: 'pubDate', canonical: 'date', from: 'Astro' },
  { alias: 'lastmod', canonical: 'modified', from: 'Hugo' },
  { alias: 'last_modified_at', canonical: 'modified', from: 'Jekyll' },
  { alias: 'updated', canonical: 'modified', from: 'Eleventy, Hexo' },
  { alias: 'canonical_url', canonical: 'source', from: 'Jekyll’s jekyll-seo-tag; also Hugo’s canonicalURL' },
];

/**
 * Keys other tools use that mean nothing to Colophon, each with what it is ignored for: reported as
 * `metadata-key-ignored` (minor), never an error. `image` is not here: it is Colophon's figure key (the photo a
 * plain-text caption line describes), not a cover or a social-card image.
 */
export const IGNORED_KEYS: Readonly<Record<string, string>> = {
  draft: 'a static-site generator’s publishing switch; Colophon builds the article either way',
  published: 'Jekyll’s publishing switch; Colophon builds the article either way',
  'cover-image': 'Colophon makes the EPUB’s cover from the title, standfirst and publisher',
  cover: 'Colophon makes the EPUB’s cover from the title, standfirst and publisher',
  layout: 'a site template',
  permalink: 'a site address; give the original article’s URL as `source`',
  url: 'a site address; give the original article’s URL as `source`',
  aliases: 'a site address',
  weight: 'a site’s ordering',
  type: 'a site’s content type',
  menu: 'a site menu',
  toc: 'Colophon always makes the EPUB’s table of contents',
  'toc-title': 'Colophon always makes the EPUB’s table of contents',
  'header-includes': 'pandoc’s raw output; Colophon runs no included code or styles',
  css: 'Colophon’s own styles are used',
  documentclass: 'a LaTeX setting',
  dir: 'the writing direction follows the language',
  eleventyNavigation: 'an Eleventy site menu',
  eleventyExcludeFromCollections: 'an Eleventy collection setting',
  sitemap: 'a site setting',
  comments: 'a site setting',
  series: 'a site grouping',
};

/** The form keys are compared in: `Cover_Image` → `coverimage`. */
export function keyForm(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}
