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
  lang?: string;
  /** Its property list has /ActualText: what it shows is read as that text, not through the fonts' ToUnicode. */
  actualText?: boolean;
}

/**
 * One pass over a page's operations for the marked-content rules: artifacts inside tagged content and tagged
 * content inside artifacts (7.1-t01/t02), Span sequences whose ActualText/Alt/E has no language (7.2-t30..t32),
 * text whose language nothing gives (7.2-t34), the /Lang values of property lists (7.2-t29), and the fonts text
 * is shown in, with whether any of it is rendered (mode 3 is invisible; 7.21.4.1).
 */
export function readMarkFacts(operations: readonly ContentOperation[], context: MarkContext): MarkFacts {
  const facts: MarkFacts = { artifactsInTagged: 0, taggedInArtifacts: 0, spansWithoutLang: [], textWithoutLang: 0, langValues: [], fontsShown: new Map(), codesShown: new Map(), codesRead: new Map() };
  const open: Open[] = [];
  let font: string | undefined;
  let renderingMode = 0;
  const states: Array<{ font: string | undefined; renderingMode: number }> = [];
  for (const operation of operations) {
    const { operator, operands } = operation;
    if (beginsMarkedContent(operation)) {
      const properties = operator === 'BDC' ? propertyList(operands[1], context.resources) : undefined;
      const tag = operands[0]?.kind === 'name' ? operands[0].value : '';
      const sequence: Open = { tag };
      const mcid = properties?.get('MCID');
      if (typeof mcid === 'number') sequence.mcid = mcid;
      const lang = properties?.get('Lang');
      if (typeof lang === 'string') {
        sequence.lang = lang;
        facts.langValues.push(lang);
      }
      if (properties?.has('ActualText')) sequence.actualText = true;
      const tagged = open.some((item) => item.mcid !== undefined);
      const inArtifact = open.some((item) => item.tag === 'Artifact');
      if (tag === 'Artifact' && tagged) facts.artifactsInTagged += 1;
      if (sequence.mcid !== undefined && inArtifact) facts.taggedInArtifacts += 1;
      if (tag === 'Span' && properties && sequence.lang === undefined && langAround(open, context) === undefined) {
        for (const key of ['ActualText', 'Alt', 'E'] as const) if (properties.has(key)) facts.spansWithoutLang.push(key);
      }
      open.push(sequence);
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
      if (font !== undefined) {
        facts.fontsShown.set(font, (facts.fontsShown.get(font) ?? false) || renderingMode !== 3);
        recordCodes(facts.codesShown, font, operands);
        if (!open.some((item) => item.actualText)) recordCodes(facts.codesRead, font, operands);
      }
      if (!open.some((item) => item.tag === 'Artifact') && langAround(open, context) === undefined) facts.textWithoutLang += 1;
    }
  }
  return facts;
}

/** The codes a text-showing operation shows (its strings, also inside a TJ array), for the .notdef rule. */
function recordCodes(into: MarkFacts['codesShown'], font: string, operands: readonly ContentOperand[]): void {
  let codes = into.get(font);
  if (!codes) into.set(font, (codes = { bytes: new Set(), pairs: new Set() }));
  const strings = operands.flatMap((operand) => (operand.kind === 'string' ? [operand.bytes] : operand.kind === 'array' ? operand.items.flatMap((item) => (item.kind === 'string' ? [item.bytes] : [])) : []));
  for (const bytes of strings) {
    for (let at = 0; at < bytes.length; at += 1) {
      codes.bytes.add(bytes[at]!);
      if (at % 2 === 1) codes.pairs.add((bytes[at - 1]! << 8) | bytes[at]!);
    }
  }
}

/** The language the enclosing sequences give: a property list's /Lang, else that of the structure element of the innermost MCID. */
function langAround(open: readonly Open[], context: MarkContext): string | undefined {
  for (let at = open.length - 1; at >= 0; at -= 1) {
    const item = open[at]!;
    if (item.lang !== undefined) return item.lang;
    if (item.mcid !== undefined) {
      const lang = context.elementLang(context.structParents, item.mcid, context.pageRef);
      if (lang !== undefined) return lang;
    }
  }
  return undefined;
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
