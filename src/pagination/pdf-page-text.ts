import { PDFDocument, ParseSpeeds, pdfDocEncodingDecode, type PDFPage } from 'pdf-lib';
import { parseContentStream, type ContentOperand, type ContentOperation } from '../pdf/content-stream.js';
import { beginsMarkedContent, markedContentOf } from '../pdf/marked-content.js';
import { IDENTITY, type Matrix, multiplyMatrices } from '../pdf/matrix.js';
import { pageContentBytes } from '../pdf/page-contents.js';
import { type FontCache, type FontText, PageResources } from './page-resources.js';
import { utf16Text } from './to-unicode-cmap.js';

/** The words of one PDF page that belong to the article: running heads, folios, pictures and list numbers left out. */
export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  /** The page's article text in content order, words separated by single spaces. */
  text: string;
  /** Pictures (marked content tagged `Figure`, counted by structure id) before the page's first word of text. */
  leadingFigures: number;
}

// Marked content whose text is not the article's: page furniture, the text drawn inside pictures, and
// list numbers (Chromium tags a list item's marker `Lbl`; CSS generates it, the markup has no such text).
const SKIPPED_TAGS = new Set(['Artifact', 'Figure', 'Lbl']);

/**
 * Reads each page's article text from the content streams of Colophon's own PDF: what Chromium
 * writes (fonts with a ToUnicode CMap, marked content, ActualText), not any PDF a viewer can show.
 * A full text extractor (pdf.js) spent seconds on a hundred pages working out glyph widths and
 * font programs; the words and where lines change are all the pagination needs. ActualText is
 * honoured (pdf.js ignored it), so ligatures Chromium maps to U+0000 read as their letters.
 */
export async function pdfPageTexts(pdfBytes: Uint8Array, options: PageTextOptions = {}): Promise<PdfPageText[]> {
  // The parse speed only decides how often loading yields to the event loop; yielding costs time here.
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const fonts: FontCache = new Map();
  return pdf.getPages().map((page, index) => ({ page: index + 1, ...pageTextOf(page, new PageResources(page, fonts), options.taggedOnly === true) }));
}

export interface PageTextOptions {
  /**
   * Read only text inside tagged marked content (a sequence with an MCID), as in a PDF straight from Chromium, whose
   * running heads and folios are not yet wrapped as artifacts (the PDF stage does that when it finishes the file).
   */
  taggedOnly?: boolean;
}

function pageTextOf(page: PDFPage, resources: PageResources, taggedOnly: boolean): Omit<PdfPageText, 'page'> {
  const bytes = pageContentBytes(page);
  const reader = new PageTextReader(resources, taggedOnly);
  if (bytes) for (const operation of parseContentStream(bytes)) reader.read(operation);
  return reader.result();
}


/** An open marked-content sequence, as far as the text goes. */
interface OpenSequence {
  skipped: boolean;
  /** It has an MCID: its content is part of the structure tree. */
  tagged: boolean;
  /** The sequence's `/ActualText`: it stands for everything drawn inside, once. */
  actualText?: string;
  actualTextRead?: boolean;
}

/** What `q` saves and `Q` restores, of what the words need (ISO 32000-1, 8.4.1: the text state is part of it). */
interface GraphicsState {
  ctm: Matrix;
  font: FontText | undefined;
  fontSize: number;
  leading: number;
}

/**
 * Follows one content stream's graphics and text state as far as the words need: which font, where
 * each line starts, which marked content is open. Glyph advances are not followed: Chromium places each
 * glyph with `Td` from the line matrix, and an advance along a line never changes the line.
 *
 * Form XObjects (`Do`) are not entered: Chromium draws all the article's text in the page's own content
 * (the PDFs it printed for Colophon held no form with text), and text inside a picture, tagged
 * `Figure`, would be left out anyway.
 */
class PageTextReader {
  private state: GraphicsState = { ctm: IDENTITY, font: undefined, fontSize: 0, leading: 0 };
  private readonly savedStates: GraphicsState[] = [];
  /** The text matrix is the line matrix: with glyph advances not followed, the two never part. */
  private lineMatrix: Matrix = IDENTITY;
  private readonly open: OpenSequence[] = [];
  /** Open sequences that are skipped, and that have an ActualText: counted, not searched for, at every glyph. */
  private skippedOpen = 0;
  private actualTextsOpen = 0;
  /** Open sequences with an MCID; with `taggedOnly`, text is read only inside one. */
  private taggedOpen = 0;
  private text = '';
  /** Where the last text read was drawn: its baseline's height on the page and its font size there (NaN before the first). */
  private lastY = Number.NaN;
  private lastSize = 0;
  private readonly leadingFigures = new Set<string>();

  constructor(private readonly resources: PageResources, private readonly taggedOnly = false) {}

  read(operation: ContentOperation): void {
    if (beginsMarkedContent(operation)) this.openSequence(operation);
    else PageTextReader.OPERATORS.get(operation.operator)?.(this, operation);
  }

  /** The operators that change what the words are or where they are; the others draw nothing readable. */
  private static readonly OPERATORS = new Map<string, (reader: PageTextReader, operation: ContentOperation) => void>([
    ['q', (reader) => reader.savedStates.push({ ...reader.state })],
    ['Q', (reader) => (reader.state = reader.savedStates.pop() ?? reader.state)],
    ['cm', (reader, { operands }) => (reader.state.ctm = multiplyMatrices(matrixOf(operands), reader.state.ctm))],
    ['BT', (reader) => (reader.lineMatrix = IDENTITY)],
    ['Tm', (reader, { operands }) => (reader.lineMatrix = matrixOf(operands))],
    ['Td', (reader, { operands }) => reader.moveLine(numberAt(operands, 0), numberAt(operands, 1))],
    ['TD', (reader, { operands }) => reader.moveLineSettingLeading(numberAt(operands, 0), numberAt(operands, 1))],
    ['TL', (reader, { operands }) => (reader.state.leading = numberAt(operands, 0))],
    ['T*', (reader) => reader.nextLine()],
    ['Tf', (reader, { operands }) => reader.setFont(operands[0], numberAt(operands, 1))],
    ['Tj', (reader, { operands }) => reader.show(operands[0])],
    ['TJ', (reader, { operands }) => reader.showArray(operands[0])],
    ["'", (reader, { operands }) => reader.nextLine(operands[0])],
    ['"', (reader, { operands }) => reader.nextLine(operands[2])],
    ['EMC', (reader) => reader.closeSequence()],
  ]);

  result(): Omit<PdfPageText, 'page'> {
    return { text: this.text.replace(/\s+/g, ' ').trim(), leadingFigures: this.leadingFigures.size };
  }

  /** `Td`: the next line starts at (tx, ty) from the start of this one, in the line's own space. */
  private moveLine(tx: number, ty: number): void {
    const line = this.lineMatrix;
    this.lineMatrix = [line[0], line[1], line[2], line[3], tx * line[0] + ty * line[2] + line[4], tx * line[1] + ty * line[3] + line[5]];
  }

  private moveLineSettingLeading(tx: number, ty: number): void {
    this.state.leading = -ty;
    this.moveLine(tx, ty);
  }

  /** `T*`, and `'` and `"` with the string they show on the new line. */
  private nextLine(string?: ContentOperand): void {
    this.moveLine(0, -this.state.leading);
    if (string) this.show(string);
  }

  private setFont(name: ContentOperand | undefined, size: number): void {
    this.state.font = name?.kind === 'name' ? this.resources.font(name.value) : undefined;
    this.state.fontSize = size;
  }

  private openSequence(operation: ContentOperation): void {
    const { tag, mcid } = markedContentOf(operation, (name) => this.resources.namedMcid(name));
    const sequence: OpenSequence = { skipped: SKIPPED_TAGS.has(tag), tagged: mcid !== undefined };
    if (sequence.tagged) this.taggedOpen += 1;
    const actualText = actualTextOf(operation.operands[1]);
    if (actualText !== undefined) sequence.actualText = actualText;
    this.open.push(sequence);
    if (sequence.skipped) this.skippedOpen += 1;
    if (actualText !== undefined) this.actualTextsOpen += 1;
    // Structure ids, as pdf.js counted them: a Figure drawn in several sequences with one MCID is one picture.
    if (tag === 'Figure' && this.text.trim() === '') this.leadingFigures.add(mcid === undefined ? `anonymous-${this.leadingFigures.size}` : `mcid-${mcid}`);
  }

  /** With `taggedOnly`, text outside every tagged sequence (`closing`: the sequence just closed, which still counts) is not read. */
  private untaggedSkipped(closing?: OpenSequence): boolean {
    return this.taggedOnly && this.taggedOpen === 0 && closing?.tagged !== true;
  }

  /** An ActualText whose sequence drew no text (say, paths standing for a symbol) is read where the sequence closes. */
  private closeSequence(): void {
    const sequence = this.open.pop();
    if (sequence?.skipped) this.skippedOpen -= 1;
    if (sequence?.tagged) this.taggedOpen -= 1;
    if (sequence?.actualText === undefined) return;
    this.actualTextsOpen -= 1;
    if (!sequence.actualTextRead && this.skippedOpen === 0 && !sequence.skipped && this.actualTextsOpen === 0 && !this.untaggedSkipped(sequence)) this.text += sequence.actualText;
  }

  private showArray(array: ContentOperand | undefined): void {
    // Kerning numbers are left out: Chromium draws its spaces as glyphs, and never uses TJ.
    if (array?.kind === 'array') for (const item of array.items) this.show(item);
  }

  private show(string: ContentOperand | undefined): void {
    if (string?.kind !== 'string' || this.skippedOpen > 0 || this.untaggedSkipped()) return;
    const owner = this.actualTextsOpen > 0 ? this.open.find((sequence) => sequence.actualText !== undefined) : undefined;
    if (owner?.actualTextRead) return;
    if (owner) owner.actualTextRead = true;
    this.append(owner ? owner.actualText! : this.state.font?.decode(string.bytes) ?? '');
  }

  /**
   * Appends text drawn here, after a space when it starts a new line: lines are not joined into one word.
   * The place is the line matrix's origin and y axis through the CTM, worked out by hand: this runs for every glyph.
   */
  private append(text: string): void {
    const line = this.lineMatrix;
    const ctm = this.state.ctm;
    const y = line[4] * ctm[1] + line[5] * ctm[3] + ctm[5];
    const yAxisX = line[2] * ctm[0] + line[3] * ctm[2];
    const yAxisY = line[2] * ctm[1] + line[3] * ctm[3];
    const size = Math.abs(this.state.fontSize) * Math.sqrt(yAxisX * yAxisX + yAxisY * yAxisY);
    if (isAnotherLine(this.lastY, this.lastSize, y, size)) this.text += ' ';
    this.text += text;
    this.lastY = y;
    this.lastSize = size;
  }
}

/**
 * A baseline more than half a font size higher or lower: a line of its own (as pdf.js judged). A
 * superscript is raised less than that, and an italic run on the same line is not raised at all.
 * Whatever moved there (a new text object, `Tm`, `Td`, `T*`, `'`) only the place counts.
 */
function isAnotherLine(previousY: number, previousSize: number, y: number, size: number): boolean {
  return Math.abs(y - previousY) > 0.5 * Math.max(previousSize, size);
}

/** `/ActualText` of an inline property list (Chromium writes no named ones): UTF-16BE with a BOM, UTF-8 with one, or PDFDocEncoding. */
function actualTextOf(properties: ContentOperand | undefined): string | undefined {
  const value = properties?.kind === 'dict' ? properties.entries.get('ActualText') : undefined;
  if (value?.kind !== 'string') return undefined;
  const bytes = value.bytes;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16Text(bytes, 2);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes.subarray(3));
  return pdfDocEncodingDecode(bytes);
}

function numberAt(operands: readonly ContentOperand[], index: number): number {
  const operand = operands[index];
  return operand?.kind === 'number' ? operand.value : 0;
}

/** The six numbers of `cm` or `Tm`; the identity when they are not six numbers. */
function matrixOf(operands: readonly ContentOperand[]): Matrix {
  if (operands.length !== 6 || operands.some((operand) => operand.kind !== 'number')) return IDENTITY;
  const at = (index: number): number => numberAt(operands, index);
  return [at(0), at(1), at(2), at(3), at(4), at(5)];
}

