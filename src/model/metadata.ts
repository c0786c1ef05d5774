/** What Colophon knows about an article besides its text. Every output is made from this plus the sanitized HTML. */
export interface ArticleMetadata {
  /** Headline. Plain text. */
  title: string;
  /** BCP 47 language tag of the article, e.g. `fr`. */
  language: string;
  /** Stable identifier of this edition (URN, URL or UUID). */
  identifier: string;
  /** File-system-safe short name: output folder and file names. */
  slug: string;
  authors: string[];
  /** One-sentence description; defaults to the standfirst. */
  description?: string;
  publisher?: { name: string; url?: string };
  /** URL of the original article, printed in full in every edition. */
  sourceUrl?: string;
  /** Publication date, ISO 8601 (`YYYY-MM-DD` or full date-time). */
  published?: string;
  /** Last modification, ISO 8601; also the fixed modification date of the EPUB. */
  modified?: string;
  license?: { name: string; url?: string };
  /** Acronyms and abbreviations expanded with `<abbr title>` in the text, e.g. `{ OTAN: "Organisation du traité de l'Atlantique Nord" }`. */
  abbreviations: Record<string, string>;
  /** Keywords / subjects. */
  subjects: string[];
}

/** A figure the metadata supplies for a plain-text article (the text only holds its caption). */
export interface FigureSource {
  /** Path relative to the article file, or a `data:` URI. */
  src: string;
  /** Absent: the image has no text alternative, and the audit says so (Colophon never invents one). */
  alt?: string | undefined;
  /** Overrides the caption line found in the text. */
  caption?: string;
  /** Overrides the credit found in the caption line. */
  credit?: string;
}
