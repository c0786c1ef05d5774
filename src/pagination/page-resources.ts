import { decodePDFRawStream, PDFDict, PDFName, PDFNumber, PDFRawStream, pdfDocEncodingDecode, type PDFPage } from 'pdf-lib';
import { parseToUnicodeCMap, type ToUnicodeMap } from './to-unicode-cmap.js';

/** How a font's strings become text. */
export interface FontText {
  decode(bytes: Uint8Array): string;
}

/** Fonts already read, by font dictionary: Chromium shares one font object among all the pages that use it. */
export type FontCache = Map<PDFDict, FontText>;

/** What the text of one page refers to by name: its fonts (`/F4 12 Tf`) and property lists (`/P /MC0 BDC`). */
export class PageResources {
  private readonly resources: PDFDict | undefined;

  constructor(page: PDFPage, private readonly cache: FontCache) {
    this.resources = page.node.Resources();
  }

  /** The font `Tf` names; undefined when the page has no such font. */
  font(name: string): FontText | undefined {
    const font = this.resources?.lookupMaybe(PDFName.of('Font'), PDFDict)?.lookupMaybe(PDFName.of(name), PDFDict);
    if (!font) return undefined;
    let text = this.cache.get(font);
    if (!text) {
      text = fontTextOf(font);
      this.cache.set(font, text);
    }
    return text;
  }

  /** The MCID of a named property list, from the page's `/Properties`. */
  namedMcid(name: string): number | undefined {
    const list = this.resources?.lookupMaybe(PDFName.of('Properties'), PDFDict)?.lookupMaybe(PDFName.of(name), PDFDict);
    const mcid = list?.get(PDFName.of('MCID'));
    return mcid instanceof PDFNumber ? mcid.asNumber() : undefined;
  }
}

/**
 * A Type0 font's codes are two bytes (Chromium's fonts are Identity-H), a simple font's (Type1,
 * TrueType, Type3) one byte. Without a ToUnicode CMap a simple font's codes are read as
 * PDFDocEncoding, right for ASCII; a Type0 font's mean nothing and give no text.
 */
function fontTextOf(font: PDFDict): FontText {
  const codeBytes = font.get(PDFName.of('Subtype')) === PDFName.of('Type0') ? 2 : 1;
  const map = toUnicodeOf(font);
  if (map) return { decode: (bytes) => mappedText(bytes, codeBytes, map) };
  return { decode: (bytes) => (codeBytes === 1 ? pdfDocEncodingDecode(bytes) : '') };
}

function toUnicodeOf(font: PDFDict): ToUnicodeMap | undefined {
  const stream = font.lookup(PDFName.of('ToUnicode'));
  if (!(stream instanceof PDFRawStream)) return undefined;
  try {
    return parseToUnicodeCMap(decodePDFRawStream(stream).decode());
  } catch {
    // A filter pdf-lib cannot decode: the font reads as if it had no CMap.
    return undefined;
  }
}

/** Codes the CMap does not map stand for no text. */
function mappedText(bytes: Uint8Array, codeBytes: 1 | 2, map: ToUnicodeMap): string {
  let text = '';
  for (let index = 0; index + codeBytes <= bytes.length; index += codeBytes) {
    const code = codeBytes === 2 ? (bytes[index]! << 8) | bytes[index + 1]! : bytes[index]!;
    text += map.get(code) ?? '';
  }
  return text;
}
