import type { FileDetails, MetadataEntry } from '../audit.js';
import { readPdfFacts } from './read-pdf-facts.js';
import type { PdfFacts } from './pdf-facts.js';

/**
 * What the report shows about a PDF: the document information and XMP title and language, the PDF/UA claim,
 * and every tagged Figure with its /Alt (the structure tree carries no caption link: captions are not listed).
 */
export async function describePdf(bytes: Uint8Array, file: string): Promise<FileDetails> {
  return describePdfFacts(await readPdfFacts(bytes, file));
}

/** The same from facts already read. */
export function describePdfFacts(facts: PdfFacts): FileDetails {
  return { format: `PDF ${pdfVersionOf(facts.header) ?? ''}`.trim(), metadata: metadataOf(facts), images: figuresOf(facts), pageCount: facts.pageCount };
}

function metadataOf(facts: PdfFacts): MetadataEntry[] {
  const entries: MetadataEntry[] = [];
  if (facts.infoTitle !== undefined) entries.push({ name: 'Info /Title', value: facts.infoTitle });
  if (facts.lang !== undefined) entries.push({ name: 'Catalog /Lang', value: facts.lang });
  entries.push({ name: 'ViewerPreferences /DisplayDocTitle', value: String(facts.displayDocTitle) });
  entries.push({ name: 'Tagged (MarkInfo /Marked)', value: String(facts.marked) });
  if (facts.xmp) {
    for (const [name, value] of xmpEntries(facts.xmp)) entries.push({ name: `XMP ${name}`, value });
  }
  return entries;
}

/** dc:title, dc:language, dc:creator and pdfuaid:part from the XMP packet (element or attribute form). */
function xmpEntries(xmp: string): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const name of ['dc:title', 'dc:language', 'dc:creator']) {
    const block = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xmp)?.[1];
    const items = block ? [...block.matchAll(/<rdf:li\b[^>]*>([\s\S]*?)<\/rdf:li>/g)].map((match) => decodeXml(match[1] ?? '')) : [];
    if (items.length > 0) entries.push([name, items.join(', ')]);
  }
  const part = /<pdfuaid:part>\s*(\d+)\s*<\/pdfuaid:part>|pdfuaid:part\s*=\s*["'](\d+)["']/.exec(xmp);
  if (part) entries.push(['pdfuaid:part', (part[1] ?? part[2]) as string]);
  return entries;
}

function figuresOf(facts: PdfFacts): NonNullable<FileDetails['images']> {
  return facts.structure
    .filter((element) => element.type === 'Figure')
    .map((figure) => ({ document: figure.path, ...(figure.page !== undefined ? { page: figure.page } : {}), alt: figure.alt ?? figure.actualText }));
}

function pdfVersionOf(header: string): string | undefined {
  return /^%PDF-(\d\.\d)/.exec(header)?.[1];
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&amp;/g, '&').trim();
}
