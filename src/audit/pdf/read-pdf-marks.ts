import { PDFDict, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import type { ContentOperand, ContentOperation } from '../../pdf/content-stream.js';
import { beginsMarkedContent, paintKind } from '../../pdf/marked-content.js';
import type { MarkFacts } from './pdf-facts.js';

/** What the walk needs to know beyond the operations: named property lists, and the /Lang of the element an MCID belongs to. */
export interface MarkContext {
  resources: PDFDict | undefined;
  structParents: number | undefined;
  pageRef: PDFRef;
  /** The /Lang (own or inherited) of the structure element of an MCID, or undefined. */
  elementLang(structParents: number | undefined, mcid: number, pageRef: PDFRef): string | undefined;
}

interface Open {
  tag: string;
  mcid?: number;
  /** Its own /Lang. */
  lang?: string;
  /** It or an enclosing sequence is an /Artifact. */
  artifact: boolean;
  /** It or an enclosing sequence has an MCID. */
  tagged: boolean;
  /** It or an enclosing sequence has /ActualText: what it shows is read as that text, not through the fonts' ToUnicode. */
  actualText: boolean;
  /** The language it gives its content itself (its /Lang, or its MCID's element's), once looked up (null: none). */
  resolvedLang?: string | null;
}

/** Codes shown in one font, as bits: single bytes (256) and two-byte codes (65,536). */
class ShownCodes {
  readonly bytes = new BitSet(0x100);
  readonly pairs = new BitSet(0x10000);

  record(strings: readonly Uint8Array[]): void {
    for (const bytes of strings) {
      for (let at = 0; at < bytes.length; at += 1) {
        this.bytes.add(bytes[at]!);
        if (at % 2 === 1) this.pairs.add((bytes[at - 1]! << 8) | bytes[at]!);
      }
    }
  }
}

class BitSet {
  private readonly bits: Uint8Array;

  constructor(size: number) {
    this.bits = new Uint8Array(size >> 3);
  }

  /** The first and last bytes holding a value, so that `some` reads only those between. */
  private low = Number.POSITIVE_INFINITY;
  private high = -1;

  add(value: number): void {
    const at = value >> 3;
    this.bits[at]! |= 1 << (value & 7);
    if (at < this.low) this.low = at;
    if (at > this.high) this.high = at;
  }

  has(value: number): boolean {
    return ((this.bits[value >> 3] ?? 0) & (1 << (value & 7))) !== 0;
  }

  /** Each value in the set, ascending, skipping empty bytes; stops when the callback returns true. */
  some(callback: (value: number) => boolean): boolean {
    for (let at = Math.max(this.low, 0); at <= this.high; at += 1) {
      const byte = this.bits[at]!;
      if (byte === 0) continue;
      for (let bit = 0; bit < 8; bit += 1) if ((byte & (1 << bit)) !== 0 && callback((at << 3) | bit)) return true;
    }
    return false;
  }
}

/**
 * One pass over a page's operations for the marked-content rules: artifacts inside tagged content and tagged
 * content inside artifacts (7.1-t01/t02), Span sequences whose ActualText/Alt/E has no language (7.2-t30..t32),
 * text whose language nothing gives (7.2-t34), the /Lang values of property lists (7.2-t29), and the fonts text
 * is shown in, with whether any of it is rendered (mode 3 is invisible; 7.21.4.1) and the codes it shows (7.21.7,
 * 7.21.8). What a sequence inherits from those around it is worked out once, when it opens.
 */
export function readMarkFacts(operations: readonly ContentOperation[], context: MarkContext): MarkFacts {
  const codesShown = new Map<string, ShownCodes>();
  const codesRead = new Map<string, ShownCodes>();
  const facts: MarkFacts = { artifactsInTagged: 0, taggedInArtifacts: 0, spansWithoutLang: [], textWithoutLang: 0, langValues: [], fontsShown: new Map(), codesShown, codesRead };
  const open: Open[] = [];
  let font: string | undefined;
  let renderingMode = 0;
  const states: Array<{ font: string | undefined; renderingMode: number }> = [];
  for (const operation of operations) {
    const { operator, operands } = operation;
    if (beginsMarkedContent(operation)) {
      const properties = operator === 'BDC' ? propertyList(operands[1], context.resources) : undefined;
      const tag = operands[0]?.kind === 'name' ? operands[0].value : '';
      const outer = open[open.length - 1];
      const mcid = properties?.get('MCID');
      const sequence: Open = {
        tag,
        artifact: (outer?.artifact ?? false) || tag === 'Artifact',
        tagged: (outer?.tagged ?? false) || typeof mcid === 'number',
        actualText: (outer?.actualText ?? false) || (properties?.has('ActualText') ?? false),
      };
      if (typeof mcid === 'number') sequence.mcid = mcid;
      const lang = properties?.get('Lang');
      if (typeof lang === 'string') {
        sequence.lang = lang;
        facts.langValues.push(lang);
      }
      if (tag === 'Artifact' && outer?.tagged) facts.artifactsInTagged += 1;
      if (sequence.mcid !== undefined && outer?.artifact) facts.taggedInArtifacts += 1;
      open.push(sequence);
      if (tag === 'Span' && properties && sequence.lang === undefined && languageOf(open, context) === null) {
        for (const key of ['ActualText', 'Alt', 'E'] as const) if (properties.has(key)) facts.spansWithoutLang.push(key);
      }
    } else if (operator === 'EMC') {
      open.pop();
    } else if (operator === 'q') {
      states.push({ font, renderingMode });
    } else if (operator === 'Q') {
      ({ font, renderingMode } = states.pop() ?? { font, renderingMode });
    } else if (operator === 'Tf' && operands[0]?.kind === 'name') {
      font = operands[0].value;
    } else if (operator === 'Tr' && operands[0]?.kind === 'number') {
      renderingMode = operands[0].value;
    } else if (paintKind(operator) === 'text') {
      const innermost = open[open.length - 1];
      if (font !== undefined) {
        facts.fontsShown.set(font, (facts.fontsShown.get(font) ?? false) || renderingMode !== 3);
        const strings = shownStrings(operands);
        codesOf(codesShown, font).record(strings);
        if (!innermost?.actualText) codesOf(codesRead, font).record(strings);
      }
      if (!innermost?.artifact && languageOf(open, context) === null) facts.textWithoutLang += 1;
    }
  }
  return facts;
}

function codesOf(into: Map<string, ShownCodes>, font: string): ShownCodes {
  let codes = into.get(font);
  if (!codes) into.set(font, (codes = new ShownCodes()));
  return codes;
}

/** The strings a text-showing operation shows (also inside a TJ array). */
function shownStrings(operands: readonly ContentOperand[]): Uint8Array[] {
  return operands.flatMap((operand) => (operand.kind === 'string' ? [operand.bytes] : operand.kind === 'array' ? operand.items.flatMap((item) => (item.kind === 'string' ? [item.bytes] : [])) : []));
}

/**
 * The language the open sequences give their content (null: none): the innermost property list's /Lang, else the
 * language of the structure element of the innermost MCID. What a sequence gives is looked up once.
 */
function languageOf(open: readonly Open[], context: MarkContext): string | null {
  for (let at = open.length - 1; at >= 0; at -= 1) {
    const item = open[at]!;
    if (item.resolvedLang === undefined) {
      item.resolvedLang = item.lang ?? (item.mcid !== undefined ? context.elementLang(context.structParents, item.mcid, context.pageRef) : undefined) ?? null;
    }
    if (item.resolvedLang !== null) return item.resolvedLang;
  }
  return null;
}

/** A BDC's property list, inline or named in /Properties, as plain values (names and strings as text). */
function propertyList(operand: ContentOperand | undefined, resources: PDFDict | undefined): Map<string, string | number | true> | undefined {
  if (operand?.kind === 'dict') {
    const entries = new Map<string, string | number | true>();
    for (const [key, value] of operand.entries) {
      if (value.kind === 'number') entries.set(key, value.value);
      else if (value.kind === 'string') entries.set(key, decodeTextBytes(value.bytes));
      else if (value.kind === 'name') entries.set(key, value.value);
      else entries.set(key, true);
    }
    return entries;
  }
  if (operand?.kind !== 'name') return undefined;
  const dict = resources?.lookupMaybe(PDFName.of('Properties'), PDFDict)?.lookupMaybe(PDFName.of(operand.value), PDFDict);
  if (!dict) return undefined;
  const entries = new Map<string, string | number | true>();
  for (const [key, value] of dict.entries()) {
    const resolved = dict.context.lookup(value);
    const name = key.decodeText();
    if (resolved instanceof PDFNumber) entries.set(name, resolved.asNumber());
    else if (resolved && 'decodeText' in resolved && typeof resolved.decodeText === 'function') entries.set(name, String(resolved.decodeText()));
    else entries.set(name, true);
  }
  return entries;
}

/** A PDF text string's bytes: UTF-16BE with a BOM, else PDFDocEncoding (read as Latin-1, close enough for language tags). */
function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('latin1').decode(bytes);
}
