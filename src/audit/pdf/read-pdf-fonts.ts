import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import type { CidSystemInfo, FontFact } from './pdf-facts.js';
import { fontProgramFacts } from './read-pdf-glyphs.js';
import { truetypeCmaps, truetypeGlyphs } from './truetype-glyphs.js';

/** Fonts of a resource dictionary and of the form XObjects it names, each font dictionary listed once, with its resource name. */
export function readFonts(resources: PDFDict | undefined, seen = new Set<PDFDict>(), inForm = false): FontFact[] {
  if (!resources || seen.has(resources)) return [];
  seen.add(resources);
  const fonts: FontFact[] = [];
  const fontDict = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [key, value] of fontDict?.entries() ?? []) {
    const font = resources.context.lookup(value);
    if (font instanceof PDFDict && !seen.has(font)) {
      seen.add(font);
      const fact: FontFact = { ...describedFont(font), resourceName: key.decodeText() };
      if (inForm) fact.inForm = true;
      fonts.push(fact);
    }
  }
  const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
  for (const [, value] of xobjects?.entries() ?? []) {
    const xobject = resources.context.lookup(value);
    if (xobject instanceof PDFRawStream && xobject.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) {
      fonts.push(...readFonts(xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), seen, true));
    }
  }
  return fonts;
}

/** Font dictionaries already described: pages share their fonts, and a font's CMaps and program are read once. */
const described = new WeakMap<PDFDict, FontFact>();

function describedFont(font: PDFDict): FontFact {
  let fact = described.get(font);
  if (!fact) described.set(font, (fact = fontFact('', font)));
  return fact;
}

/** What the 7.21 rules read of a font: its program, encoding, flags, ToUnicode, and for a Type0 font its CMap and CIDFont. */
function fontFact(resourceName: string, font: PDFDict): FontFact {
  const subtype = nameOf(font.get(PDFName.of('Subtype')));
  const name = nameOf(font.get(PDFName.of('BaseFont'))) || '(unnamed)';
  const fact: FontFact = { resourceName, name, subtype, embedded: true, hasToUnicode: font.has(PDFName.of('ToUnicode')), symbolic: false };
  if (subtype === 'Type3') return fact;
  const programFacts = fontProgramFacts(font, subtype);
  if (programFacts) fact.program = programFacts;
  const program = subtype === 'Type0' ? font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict) : font;
  const descriptor = program?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  fact.embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)));
  const flags = descriptor?.lookup(PDFName.of('Flags'));
  fact.symbolic = flags instanceof PDFNumber && (flags.asNumber() & 4) === 4;
  const fontFile2 = subtype === 'TrueType' ? descriptor?.lookup(PDFName.of('FontFile2')) : undefined;
  if (fontFile2 instanceof PDFRawStream) {
    try {
      const cmaps = truetypeCmaps(decoded(fontFile2));
      if (cmaps) fact.cmapSubtables = cmaps.map(([platform, encoding]) => `${platform},${encoding}`);
    } catch {
      // An undecodable program: nothing to say about its cmap table.
    }
  }
  const toUnicode = font.lookup(PDFName.of('ToUnicode'));
  if (toUnicode instanceof PDFRawStream) {
    const forbidden = forbiddenUnicodeCodes(toUnicode);
    if (forbidden.length > 0) fact.forbiddenUnicodeCodes = forbidden;
  }
  const encoding = font.lookup(PDFName.of('Encoding'));
  if (encoding instanceof PDFName) fact.encoding = encoding.decodeText();
  else if (encoding instanceof PDFDict) {
    const base = encoding.lookup(PDFName.of('BaseEncoding'));
    fact.encoding = base instanceof PDFName ? base.decodeText() : 'dictionary';
    fact.hasDifferences = encoding.has(PDFName.of('Differences'));
    const notdef = notdefCodes(encoding.lookupMaybe(PDFName.of('Differences'), PDFArray));
    if (notdef.length > 0) fact.notdefCodes = notdef;
  } else if (encoding instanceof PDFRawStream) {
    fact.encoding = 'stream';
    const cmap = new TextDecoder('latin1').decode(decoded(encoding));
    const cmapName = encoding.dict.lookup(PDFName.of('CMapName'));
    fact.cmap = {
      name: cmapName instanceof PDFName ? cmapName.decodeText() : (/\/CMapName\s*\/(\S+)\s+def/.exec(cmap)?.[1] ?? ''),
      embedded: true,
      ...systemInfo(encoding.dict.lookup(PDFName.of('CIDSystemInfo'))),
      dictWMode: numberOf(encoding.dict.lookup(PDFName.of('WMode'))) ?? 0,
      streamWMode: Number(/\/WMode\s+(\d+)\s+def/.exec(cmap)?.[1] ?? 0),
    };
    const useCMap = encoding.dict.lookup(PDFName.of('UseCMap'));
    if (useCMap instanceof PDFName) fact.cmap.uses = useCMap.decodeText();
    else if (useCMap instanceof PDFRawStream) fact.cmap.uses = nameOf(useCMap.dict.lookup(PDFName.of('CMapName')));
  }
  if (subtype === 'Type0' && encoding instanceof PDFName) fact.cmap = { name: encoding.decodeText(), embedded: false, dictWMode: 0, streamWMode: 0 };
  if (subtype === 'Type0' && program) {
    const missing = cidSetMissing(program, descriptor);
    if (missing !== undefined) fact.cidSetMissing = missing;
    fact.cidFont = {
      subtype: nameOf(program.get(PDFName.of('Subtype'))),
      hasCidToGidMap: validCidToGidMap(program.lookup(PDFName.of('CIDToGIDMap'))),
      ...systemInfo(program.lookup(PDFName.of('CIDSystemInfo'))),
    };
  }
  return fact;
}

/**
 * For an embedded TrueType CIDFont (subset, with a /CIDSet): how many CIDs whose glyph the program defines the CIDSet
 * leaves out (ISO 14289-1 7.21.4.2). Undefined when there is nothing to check or the program cannot be read.
 */
function cidSetMissing(cidFont: PDFDict, descriptor: PDFDict | undefined): number | undefined {
  const cidSet = descriptor?.lookup(PDFName.of('CIDSet'));
  const fontFile = descriptor?.lookup(PDFName.of('FontFile2'));
  const name = nameOf(descriptor?.get(PDFName.of('FontName')));
  if (!(cidSet instanceof PDFRawStream) || !(fontFile instanceof PDFRawStream) || !/^[A-Z]{6}\+/.test(name)) return undefined;
  let bits: Uint8Array;
  let glyphs: Set<number> | undefined;
  try {
    bits = decoded(cidSet);
    glyphs = truetypeGlyphs(decoded(fontFile));
  } catch {
    return undefined;
  }
  if (!glyphs) return undefined;
  const map = cidFont.lookup(PDFName.of('CIDToGIDMap'));
  const gidsOf = map instanceof PDFRawStream ? decoded(map) : undefined;
  const listed = (cid: number): boolean => ((bits[cid >> 3] ?? 0) & (0x80 >> (cid & 7))) !== 0;
  let missing = 0;
  if (gidsOf) {
    for (let cid = 1; cid * 2 + 1 < gidsOf.length; cid += 1) {
      const gid = (gidsOf[cid * 2]! << 8) | gidsOf[cid * 2 + 1]!;
      if (gid !== 0 && glyphs.has(gid) && !listed(cid)) missing += 1;
    }
  } else {
    for (const gid of glyphs) if (gid !== 0 && !listed(gid)) missing += 1;
  }
  return missing;
}

/** /Identity or a stream (ISO 32000-1, Table 117): any other value maps no CID to a glyph. */
function validCidToGidMap(value: PDFObject | undefined): boolean {
  return value === PDFName.of('Identity') || value instanceof PDFRawStream;
}

/** The codes a /Differences array maps to the glyph name .notdef. */
function notdefCodes(differences: PDFArray | undefined): number[] {
  const codes: number[] = [];
  let code = 0;
  for (const item of differences?.asArray() ?? []) {
    if (item instanceof PDFNumber) code = item.asNumber();
    else if (item instanceof PDFName) {
      if (item.decodeText() === '.notdef') codes.push(code);
      code += 1;
    }
  }
  return codes;
}

/** The codes a ToUnicode CMap maps to U+0000, U+FEFF or U+FFFE (bfchar entries, and the first code of bfrange entries). */
function forbiddenUnicodeCodes(stream: PDFRawStream): Array<{ code: number; bytes: number }> {
  let cmap: string;
  try {
    cmap = new TextDecoder('latin1').decode(decoded(stream));
  } catch {
    return [];
  }
  const pairs: Array<[source: string, destination: string]> = [];
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F\s]*)>\s*<([0-9a-fA-F\s]*)>/g)) pairs.push([pair[1]!, pair[2]!]);
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9a-fA-F\s]*)>\s*<[0-9a-fA-F\s]*>\s*<([0-9a-fA-F\s]*)>/g)) pairs.push([range[1]!, range[2]!]);
  }
  return pairs.flatMap(([source, destination]) => {
    const hex = destination.replace(/\s/g, '').toUpperCase();
    const forbidden = /^0+$/.test(hex) || hex === 'FEFF' || hex === 'FFFE';
    const code = source.replace(/\s/g, '');
    return forbidden && code.length > 0 ? [{ code: Number.parseInt(code, 16), bytes: Math.ceil(code.length / 2) }] : [];
  });
}

function systemInfo(value: PDFObject | undefined): CidSystemInfo {
  if (!(value instanceof PDFDict)) return {};
  const info: CidSystemInfo = {};
  const registry = textOf(value.lookup(PDFName.of('Registry')));
  const ordering = textOf(value.lookup(PDFName.of('Ordering')));
  const supplement = numberOf(value.lookup(PDFName.of('Supplement')));
  if (registry !== undefined) info.registry = registry;
  if (ordering !== undefined) info.ordering = ordering;
  if (supplement !== undefined) info.supplement = supplement;
  return info;
}

function decoded(stream: PDFRawStream): Uint8Array {
  return decodePDFRawStream(stream).decode();
}

function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function numberOf(value: PDFObject | undefined): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

function nameOf(value: PDFObject | undefined): string {
  return value instanceof PDFName ? value.decodeText() : '';
}
