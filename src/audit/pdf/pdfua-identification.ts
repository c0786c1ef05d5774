/** The PDF/UA identification schema's namespace (ISO 14289-1, 5). */
export const PDFUA_ID_NAMESPACE = 'http://www.aiim.org/pdfua/ns/id/';

export interface PdfuaIdProperty {
  name: 'part' | 'amd' | 'corr';
  /** The prefix it is written with (bound to the PDF/UA namespace). */
  prefix: string;
  value: string;
}

/**
 * The PDF/UA identification properties of an XMP packet, in element (`<pdfuaid:part>1</pdfuaid:part>`) or attribute
 * (`pdfuaid:part="1"`) form, under any prefix bound to the PDF/UA namespace. A prefix is read as bound wherever
 * the packet declares it: XMP packets declare their namespaces once, on rdf:Description.
 */
export function pdfuaIdProperties(xmp: string): PdfuaIdProperty[] {
  const escaped = PDFUA_ID_NAMESPACE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const prefixes = new Set([...xmp.matchAll(new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${escaped}["']`, 'g'))].map((match) => match[1]!));
  const properties: PdfuaIdProperty[] = [];
  for (const prefix of prefixes) {
    const p = prefix.replace(/[.-]/g, '\\$&');
    for (const match of xmp.matchAll(new RegExp(`<${p}:(part|amd|corr)\\b[^>]*>([^<]*)</${p}:\\1>|\\b${p}:(part|amd|corr)\\s*=\\s*["']([^"']*)["']`, 'g'))) {
      properties.push({ name: (match[1] ?? match[3]) as PdfuaIdProperty['name'], prefix, value: (match[2] ?? match[4] ?? '').trim() });
    }
  }
  return properties;
}
