import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString, decodePDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import type { DocumentFacts } from './pdf-facts.js';

/**
 * Document-wide facts outside the structure tree and the pages: /MarkInfo /Suspects, outline entries, optional
 * content configurations, embedded file specifications, XFA, reference XObjects and form fields. File
 * specifications and XObjects can be anywhere, so every indirect object is looked at once.
 */
export function readDocumentFacts(pdf: PDFDocument): DocumentFacts {
  const catalog = pdf.catalog;
  const facts: DocumentFacts = { suspects: false, outlineEntries: 0, optionalContentConfigs: [], embeddedFiles: [], xfaDynamicRender: false, referenceXObjects: 0, fieldTooltips: 0, repeatedTaggedForms: 0 };
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  facts.suspects = markInfo?.lookupMaybe(PDFName.of('Suspects'), PDFBool)?.asBoolean() ?? false;
  const outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  facts.outlineEntries = outlines?.has(PDFName.of('First')) ? Math.max(1, numberOf(outlines.lookup(PDFName.of('Count'))) ?? 1) : 0;
  const ocProperties = catalog.lookupMaybe(PDFName.of('OCProperties'), PDFDict);
  if (ocProperties) {
    const configs = [ocProperties.lookupMaybe(PDFName.of('D'), PDFDict), ...(ocProperties.lookupMaybe(PDFName.of('Configs'), PDFArray)?.asArray().map((item) => pdf.context.lookup(item)) ?? [])];
    for (const config of configs) {
      if (!(config instanceof PDFDict)) continue;
      const name = textOf(config.lookup(PDFName.of('Name')));
      facts.optionalContentConfigs.push({ ...(name !== undefined && { name }), hasAS: config.has(PDFName.of('AS')) });
    }
  }
  const acroForm = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (acroForm) {
    facts.xfaDynamicRender = xfaRequiresDynamicRender(pdf, acroForm.lookup(PDFName.of('XFA')));
    facts.fieldTooltips = countFieldTooltips(pdf, acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray), new Set());
  }
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    if (dict.has(PDFName.of('EF'))) {
      const f = textOf(dict.lookup(PDFName.of('F')));
      const uf = textOf(dict.lookup(PDFName.of('UF')));
      facts.embeddedFiles.push({ ...(f !== undefined && { f }), ...(uf !== undefined && { uf }) });
    }
    if (object instanceof PDFRawStream && dict.get(PDFName.of('Subtype')) === PDFName.of('Form') && dict.has(PDFName.of('Ref'))) facts.referenceXObjects += 1;
  }
  return facts;
}

/** The XFA's config packet says `<dynamicRender>required</dynamicRender>` (a dynamic XFA form). */
function xfaRequiresDynamicRender(pdf: PDFDocument, xfa: PDFObject | undefined): boolean {
  const streams = xfa instanceof PDFArray ? xfa.asArray().map((item) => pdf.context.lookup(item)) : [xfa];
  return streams.some((stream) => {
    if (!(stream instanceof PDFRawStream)) return false;
    try {
      return /<dynamicRender\b[^>]*>\s*required\s*<\/dynamicRender\s*>/.test(new TextDecoder().decode(decodePDFRawStream(stream).decode()));
    } catch {
      return false;
    }
  });
}

/** Fields (and their kids) that have a /TU. */
function countFieldTooltips(pdf: PDFDocument, fields: PDFArray | undefined, seen: Set<PDFDict>): number {
  let count = 0;
  for (const item of fields?.asArray() ?? []) {
    const field = pdf.context.lookup(item);
    if (!(field instanceof PDFDict) || seen.has(field)) continue;
    seen.add(field);
    if (textOf(field.lookup(PDFName.of('TU'))) !== undefined) count += 1;
    count += countFieldTooltips(pdf, field.lookupMaybe(PDFName.of('Kids'), PDFArray), seen);
  }
  return count;
}

function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function numberOf(value: PDFObject | undefined): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}
