import type { PaintKind } from '../../pdf/marked-content.js';

/** What the PDF rules read, gathered once per file by `readPdfFacts`. */
export interface PdfFacts {
  pageCount: number;
  lang?: string;
  hasStructTreeRoot: boolean;
  marked: boolean;
  displayDocTitle: boolean;
  infoTitle?: string;
  /** The catalog's /Metadata is a stream (whatever it holds). */
  hasMetadataStream: boolean;
  /** The XMP packet, if the catalog has one. */
  xmp?: string;
  /** Structure elements, depth first in reading order. */
  structure: StructureFact[];
  pages: PageFact[];
}

export interface StructureFact {
  type: string;
  path: string;
  hasParentEntry: boolean;
  page?: number;
  alt?: string;
  actualText?: string;
}

export interface PageFact {
  /** 1-based. */
  page: number;
  /** `/Tabs` of the page, if set. */
  tabs?: string;
  annotations: AnnotationFact[];
  /** Marks neither tagged nor artifact; undefined when the content could not be read (see `contentError`). */
  untaggedMarks?: Array<{ kind: PaintKind; operator: string }>;
  contentError?: string;
  fonts: FontFact[];
}

export interface AnnotationFact {
  subtype: string;
  contents?: string;
  /** URL or `#destination`, for links. */
  target?: string;
}

export interface FontFact {
  name: string;
  subtype: string;
  embedded: boolean;
}
