import { insertion, type ContentEdit } from './content-edits.js';
import { parseContentStream, type ContentOperand, type ContentOperation } from './content-stream.js';
import { beginsMarkedContent, paintKind } from './marked-content.js';

/**
 * The text of hyphenated words, as extraction and assistive technology read it.
 *
 * Chromium prints every soft hyphen of the page as an invisible glyph inside
 * `/Span <</ActualText <FEFF00AD>>> BDC … EMC`, and where a line breaks at one it draws the visible
 * hyphen right after, in a text object of its own, mapped to U+002D by the font's ToUnicode. Read as
 * is, every hyphenated word carries U+00AD marks (a search for "maintenance" misses
 * "main\u00ADte\u00ADnance" in some viewers) and a broken one comes out as `mainte\u00AD-nance`, with a
 * hyphen that is not in the text. ISO 32000-1 (14.8.2.5) wants the hyphen that marks a break to be
 * read as U+00AD, and nothing where no break happened. So, with an empty ActualText
 * (`/Span <</ActualText ()>> BDC`):
 * - a soft hyphen where the line does not break is silenced (its span's ActualText is emptied):
 *   the word reads whole;
 * - where the line breaks, Chromium's U+00AD stays and the visible hyphen goes into a span of its own.
 * (Wrapping Chromium's span in an outer one would not do: poppler reads the inner ActualText.)
 * Nothing is drawn differently, and the spans carry no MCID, so the structure tree is untouched.
 */
const SILENT_SPAN = '/Span <</ActualText ()>> BDC';
const CLOSE_SPAN = '\nEMC\n';
const SOFT_HYPHEN_TEXT = [0xfe, 0xff, 0x00, 0xad];

export interface SoftHyphenCounts {
  /** Soft hyphens where no line breaks, silenced. */
  unbroken: number;
  /** Line-end hyphens silenced (their soft hyphen stays, as U+00AD). */
  lineEnds: number;
}

interface TextObject {
  begin: ContentOperation;
  end: ContentOperation;
  /** Index of the `ET` in the stream's operations. */
  endIndex: number;
  body: readonly ContentOperation[];
  /** The BDC operations of Chromium's soft-hyphen spans in it. */
  softHyphens: ContentOperation[];
  /** The last soft-hyphen span ends the object: nothing is drawn after it. */
  endsWithSoftHyphen: boolean;
}

/** The edits that give one content stream's soft hyphens their text. */
export function softHyphenEdits(operations: readonly ContentOperation[]): { edits: ContentEdit[]; counts: SoftHyphenCounts } {
  const edits: ContentEdit[] = [];
  const counts: SoftHyphenCounts = { unbroken: 0, lineEnds: 0 };
  const objects = textObjects(operations);
  objects.forEach((object, index) => {
    const next = objects[index + 1];
    const breaks = object.endsWithSoftHyphen && next !== undefined && next.begin === operations[object.endIndex + 1] && isSingleGlyph(next);
    object.softHyphens.forEach((span, rank) => {
      if (breaks && rank === object.softHyphens.length - 1) return;
      edits.push({ from: span.start, to: span.end, text: SILENT_SPAN });
      counts.unbroken += 1;
    });
    if (breaks && next) {
      edits.push(insertion(next.begin.start, `${SILENT_SPAN}\n`), insertion(next.end.end, CLOSE_SPAN));
      counts.lineEnds += 1;
    }
  });
  return { edits, counts };
}

function textObjects(operations: readonly ContentOperation[]): TextObject[] {
  const objects: TextObject[] = [];
  let begin: number | undefined;
  operations.forEach((operation, index) => {
    if (operation.operator === 'BT') begin = index;
    else if (operation.operator === 'ET' && begin !== undefined) {
      const body = operations.slice(begin + 1, index);
      const beginOperation = operations[begin];
      if (beginOperation) objects.push({ begin: beginOperation, end: operation, endIndex: index, body, ...softHyphenSpans(body) });
      begin = undefined;
    }
  });
  return objects;
}

function softHyphenSpans(body: readonly ContentOperation[]): Pick<TextObject, 'softHyphens' | 'endsWithSoftHyphen'> {
  const softHyphens: TextObject['softHyphens'] = [];
  const open: Array<ContentOperation | undefined> = [];
  let lastClose = -1;
  body.forEach((operation, index) => {
    if (beginsMarkedContent(operation)) open.push(isSoftHyphenSpan(operation) ? operation : undefined);
    else if (operation.operator === 'EMC') {
      const span = open.pop();
      if (span) {
        softHyphens.push(span);
        lastClose = index;
      }
    }
  });
  const endsWithSoftHyphen = lastClose >= 0 && !body.slice(lastClose + 1).some((operation) => paintKind(operation.operator) || beginsMarkedContent(operation));
  return { softHyphens, endsWithSoftHyphen };
}

function isSoftHyphenSpan(operation: ContentOperation): boolean {
  const properties = operation.operands[1];
  const actualText = properties?.kind === 'dict' ? properties.entries.get('ActualText') : undefined;
  return actualText?.kind === 'string' && actualText.bytes.length === SOFT_HYPHEN_TEXT.length && SOFT_HYPHEN_TEXT.every((byte, index) => actualText.bytes[index] === byte);
}

/** One text-showing operation of one glyph (a one- or two-byte code) and no marked content: the visible hyphen. */
function isSingleGlyph(object: TextObject): boolean {
  const shown = object.body.filter((operation) => paintKind(operation.operator) === 'text');
  if (shown.length !== 1 || object.body.some((operation) => beginsMarkedContent(operation) || operation.operator === 'EMC')) return false;
  const [only] = shown;
  const length = glyphBytes(only?.operator === 'TJ' ? only.operands[0] : only?.operands.at(-1));
  return length > 0 && length <= 2;
}

function glyphBytes(operand: ContentOperand | undefined): number {
  if (operand?.kind === 'string') return operand.bytes.length;
  if (operand?.kind === 'array') return operand.items.reduce((sum, item) => sum + (item.kind === 'string' ? item.bytes.length : 0), 0);
  return 0;
}
