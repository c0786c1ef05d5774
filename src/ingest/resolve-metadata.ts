import { createHash } from 'node:crypto';
import type { ArticleFile } from '../config/article-schema.js';
import { ColophonError } from '../errors.js';
import type { ArticleMetadata } from '../model/metadata.js';

export interface MetadataFallbacks {
  /** Folder or file name the slug defaults to. */
  slug: string;
  /** A headline found in the content itself (Markdown `# …`); settleMetadata has already put a title in `file`. */
  title?: string | undefined;
  standfirst?: string | undefined;
  origin: string;
}

/** Turns the metadata file's fields into complete, typed ArticleMetadata, with documented defaults. */
export function resolveMetadata(file: ArticleFile, fallbacks: MetadataFallbacks): ArticleMetadata {
  const title = file.title ?? fallbacks.title;
  if (!title) {
    throw new ColophonError('METADATA_INVALID', `${fallbacks.origin}: the article has no title.`, {
      hint: 'Add `title: …` to article.yaml (or the Markdown front matter), or start the Markdown with a `# heading`.',
    });
  }
  if (!file.language) {
    throw new ColophonError('METADATA_INVALID', `${fallbacks.origin}: the article's language is not given, and the text is too short to tell it.`, {
      hint: 'Add `language: fr` (or en, de…) to article.yaml or the front matter: it drives hyphenation, typography and screen readers.',
    });
  }
  const slug = file.slug ?? fallbacks.slug;
  const metadata: ArticleMetadata = {
    title: title.trim(),
    language: file.language,
    identifier: file.identifier ?? derivedUuid(`${slug}\n${title}`),
    slug,
    authors: file.authors ?? [],
    abbreviations: file.abbreviations ?? {},
    subjects: file.subjects ?? [],
  };
  const description = file.description ?? file.standfirst ?? fallbacks.standfirst;
  if (description) metadata.description = description.trim();
  if (file.publisher) metadata.publisher = typeof file.publisher === 'string' ? { name: file.publisher } : file.publisher;
  if (file.license) metadata.license = typeof file.license === 'string' ? { name: file.license } : file.license;
  if (file.source) metadata.sourceUrl = file.source;
  if (file.date) metadata.published = file.date;
  const modified = file.modified ?? file.date;
  if (modified) metadata.modified = modified;
  return metadata;
}

/** A name-based (version 5 style) UUID URN: the same article always gets the same identifier. */
function derivedUuid(name: string): string {
  const hex = createHash('sha1').update(`colophon:${name}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
