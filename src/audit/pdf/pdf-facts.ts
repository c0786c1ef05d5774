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
  /** Document-wide facts (MarkInfo, outlines, optional content, embedded files, XFA…). */
  document: DocumentFacts;
  /** Structure elements, depth first in reading order. */
  structure: StructureFact[];
  pages: PageFact[];
}

/** The codes shown in a font, read as single bytes and as two-byte codes. */
export interface ShownCodeSets {
  bytes: CodeSet;
  pairs: CodeSet;
}

export interface CodeSet {
  has(code: number): boolean;
  /** Each code in the set, in ascending order; stops when the callback returns true. */
  some(callback: (code: number) => boolean): boolean;
}

export interface DocumentFacts {
  /** /MarkInfo /Suspects true. */
  suspects: boolean;
  /** Outline (bookmark) entries, 0 when there are none. */
  outlineEntries: number;
  optionalContentConfigs: Array<{ name?: string; hasAS: boolean }>;
  /** File specifications with an /EF (embedded file), and their /F and /UF. */
  embeddedFiles: Array<{ f?: string; uf?: string }>;
  /** A dynamic XFA form. */
  xfaDynamicRender: boolean;
  /** Form XObjects with /Ref (reference XObjects). */
  referenceXObjects: number;
  /** Form fields with a /TU. */
  fieldTooltips: number;
  /** Form XObjects with MCIDs in their content painted more than once. */
  repeatedTaggedForms: number;
}

export interface StructureFact {
  type: string;
  /** The standard type it stands for (itself, or through /RoleMap); undefined when it reaches none. */
  standardType?: string;
  /** Its /RoleMap chain goes round in a circle. */
  circularMapping: boolean;
  /** A standard type that /RoleMap maps to something else. */
  remapped: boolean;
  path: string;
  /** Index of the parent element in `PdfFacts.structure`; undefined for the root's kids. */
  parent?: number;
  /** Indexes of its kid elements, in order. */
  kids: number[];
  /** How many object references (OBJR: annotations, XObjects) it holds. */
  objectKids: number;
  /** How many items its /K holds, of any kind. */
  kidItems: number;
  hasParentEntry: boolean;
  page?: number;
  alt?: string;
  actualText?: string;
  /** /E, the expansion of an abbreviation. */
  expansion?: string;
  /** Its own /Lang. */
  lang?: string;
  /** The /Lang of its nearest ancestor that has one. */
  inheritedLang?: string;
  /** /ID (notes, table headers). */
  id?: string;
  cell?: TableCellAttributes;
  /** Working value while reading. */
  firstPageInside?: number;
}

/** Table attributes (ISO 32000-1, Table 349) of a TH or TD, and the PrintField /Role of a Form element (Table 348). */
export interface TableCellAttributes {
  role?: string;
  scope?: string;
  headers?: string[];
  rowSpan?: number;
  colSpan?: number;
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
  /** Marked content and text, read from the page's content stream; undefined when it could not be read. */
  marks?: MarkFacts;
}

export interface MarkFacts {
  /** /Artifact sequences opened inside tagged content (7.1-t01). */
  artifactsInTagged: number;
  /** Tagged sequences (with an MCID) opened inside an /Artifact (7.1-t02). */
  taggedInArtifacts: number;
  /** Span sequences with ActualText, Alt or E and no language from themselves or what encloses them (7.2-t30..t32). */
  spansWithoutLang: Array<'ActualText' | 'Alt' | 'E'>;
  /** Text-showing operations outside artifacts whose language no property list or structure element gives (7.2-t34). */
  textWithoutLang: number;
  /** The /Lang of every property list. */
  langValues: string[];
  /** Font resource names text is shown in → whether some of it is rendered (text rendering mode other than 3). */
  fontsShown: Map<string, boolean>;
  /** Per font resource name: the codes shown, read as single bytes and as two-byte codes. */
  codesShown: Map<string, ShownCodeSets>;
  /** The same for the codes outside any /ActualText sequence: those read through the font's ToUnicode. */
  codesRead: Map<string, ShownCodeSets>;
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
  /** /F has the Hidden flag (2). */
  hidden: boolean;
  /** /Rect lies wholly outside the page's crop box. */
  outsideCropBox: boolean;
  /** It has a /StructParent entry. */
  hasStructParent: boolean;
  /** Index in `PdfFacts.structure` of the element its /StructParent names. */
  element?: number;
  /** A widget's field /TU (the field's description). */
  fieldTooltip?: string;
  /** A Screen annotation's media clips. */
  mediaClips?: Array<{ contentType?: string; correctAlt: boolean }>;
  /** A FileAttachment's file specification names (/F, /UF). */
  fileSpec?: { f?: string; uf?: string };
}

export interface FontFact {
  /** Its key in the resources' /Font (what `Tf` names). */
  resourceName: string;
  name: string;
  subtype: string;
  embedded: boolean;
  hasToUnicode: boolean;
  /** The descriptor's Symbolic flag (bit 3). */
  symbolic: boolean;
  /** /Encoding: a name, `BaseEncoding` of a dictionary (`dictionary` without one), or `stream` (an embedded CMap). */
  encoding?: string;
  hasDifferences?: boolean;
  /** Codes its /Differences maps to .notdef. */
  notdefCodes?: number[];
  /** Read from a form XObject's resources (whether text is shown in it is not known: it counts as used). */
  inForm?: boolean;
  /** The codes (and their length in bytes) its ToUnicode CMap maps to U+0000, U+FEFF or U+FFFE. */
  forbiddenUnicodeCodes?: Array<{ code: number; bytes: number }>;
  /** A Type0 font's CMap (its /Encoding). */
  cmap?: CidSystemInfo & { name: string; embedded: boolean; dictWMode: number; streamWMode: number; uses?: string };
  /** An embedded simple TrueType font's 'cmap' subtables, as `platform,encoding` (`3,1`, `3,0`, `1,0`…). */
  cmapSubtables?: string[];
  /** An embedded subset TrueType CIDFont with a /CIDSet: how many CIDs the program defines that the CIDSet leaves out. */
  cidSetMissing?: number;
  /** A Type0 font's descendant CIDFont. */
  cidFont?: CidSystemInfo & { subtype: string; hasCidToGidMap: boolean };
  /** Its embedded font program, read when a rule first asks (7.21.4.1-t02, 7.21.4.2-t01, 7.21.5-t01). */
  program?: FontProgramFacts;
}

/** What an embedded font program says, worked out on first use and kept (shared by the pages using the font). */
export interface FontProgramFacts {
  /** Bytes per code of the strings shown in the font (1: simple font, 2: Type0 with an Identity CMap); undefined when its codes are not resolved. */
  codeBytes?: 1 | 2;
  /** The glyph a code selects; undefined when Colophon cannot tell (program unreadable, code not resolved). */
  glyph(code: number): GlyphFact | undefined;
  /** A subset Type 1 font's /CharSet against its program; undefined when the test does not apply or the program cannot be read. */
  charSet(): CharSetFact | undefined;
}

export interface GlyphFact {
  /** The program has the glyph (the .notdef of code/CID 0 always counts as present). */
  present: boolean;
  /** Its advance width in the program, in thousandths of text space (the unit of /Widths and /W), when both are known. */
  programWidth?: number;
  /** Its width in the font dictionary (/Widths or /MissingWidth; /W or /DW). */
  dictionaryWidth?: number;
}

export interface CharSetFact {
  /** Glyph names of the program (not .notdef) the /CharSet leaves out. */
  unlisted: string[];
  /** Names the /CharSet lists that the program does not have. */
  notInProgram: string[];
}

export interface CidSystemInfo {
  registry?: string;
  ordering?: string;
  supplement?: number;
}
