import type { PaintKind } from '../../pdf/marked-content.js';
import type { EncryptionFacts } from './open-pdf.js';

/** What the PDF rules read, gathered once per file by `readPdfFacts`. */
export interface PdfFacts {
  /** The first line of the file, e.g. `%PDF-1.7`. */
  header: string;
  /** Set when the file was encrypted (and opened with the empty user password). */
  encryption?: EncryptionFacts;
  /** What the parser reported while reading (repaired or skipped objects). */
  parserMessages: string[];
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
  /** The images painted on the page (also inside form XObjects); undefined when the content could not be read. */
  images?: ImageFact[];
  fonts: FontFact[];
}

/** One image painted: an image XObject (`Do`) or an inline image (`BI`), and how it is tagged. */
export interface ImageFact {
  operator: 'Do' | 'BI';
  /** The XObject's resource name, for `Do`. */
  name?: string;
  /** Inside an /Artifact sequence. */
  artifact: boolean;
  /** MCID of the innermost enclosing sequence that has one; undefined when the image is untagged. */
  mcid?: number;
  /** The structure element that MCID belongs to, if the structure tree has it. */
  element?: {
    type: string;
    path: string;
    /** Standard types (after /RoleMap) of the element, then of each ancestor up to the root. */
    standardTypes: string[];
  };
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
