/** The formats Colophon reads an article's text in. */
export type SourceFormat = 'markdown' | 'text' | 'html';

/**
 * An article held in memory rather than on disk (a service's upload, a CMS's text): read exactly as the same
 * article from a folder would be, with no temporary file. `files` maps the relative paths the text names its
 * images by (`photo.jpg`, `page_files/x.png`) to their bytes; nothing else can be read.
 */
export interface ArticleSource {
  text: string | Uint8Array;
  format: SourceFormat;
  /** The article's metadata, as in article.yaml or the front matter (the front matter wins field by field, as on disk). */
  metadata?: Readonly<Record<string, unknown>>;
  files?: Readonly<Record<string, Uint8Array>>;
  /** The article's file name (`harbour.md`): its stem is the default slug, and messages name it. Default `article`. */
  name?: string;
  /**
   * When the article's file was last modified where it came from (ISO 8601): as on disk, the EPUB's modification
   * date when the article gives no date (with a DATE_FROM_FILE note); without it, such an article is refused.
   */
  fileModified?: string;
}
