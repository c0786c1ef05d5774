import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * PDF/UA-1 7.18.5 and 7.18.3 for Chromium's link annotations: each Link gets a /Contents (its text
 * in the article, found by target in `linkTexts`; else the URL or the destination's name), and every
 * page with annotations gets `/Tabs /S` (tab order = structure order). Existing /Contents are kept.
 * Returns how many /Contents were written.
 */
export function describeLinks(pdf: PDFDocument, linkTexts: ReadonlyMap<string, string>): number {
  let described = 0;
  for (const page of pdf.getPages()) {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annotations || annotations.size() === 0) continue;
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    for (let index = 0; index < annotations.size(); index += 1) {
      const annotation = annotations.lookupMaybe(index, PDFDict);
      if (!annotation || annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link') || hasText(annotation, 'Contents')) continue;
      const target = linkTarget(annotation);
      const description = (target && linkTexts.get(target)) ?? target?.replace(/^#/, '');
      if (!description) continue;
      annotation.set(PDFName.of('Contents'), PDFHexString.fromText(description));
      described += 1;
    }
  }
  return described;
}

/** `https://…` for a URI action, `#name` for a named destination (`/Dest /name` or a GoTo action). */
export function linkTarget(annotation: PDFDict): string | undefined {
  const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = action ? textOf(action.lookup(PDFName.of('URI'))) : undefined;
  if (uri) return uri;
  const destination = annotation.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'));
  if (destination instanceof PDFName) return `#${destination.decodeText()}`;
  const named = textOf(destination);
  return named ? `#${named}` : undefined;
}

function hasText(dict: PDFDict, key: string): boolean {
  return Boolean(textOf(dict.lookup(PDFName.of(key)))?.trim());
}

function textOf(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
