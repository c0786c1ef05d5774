import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFObject, type PDFPage } from 'pdf-lib';
import { linkTarget } from '../../pdf/link-annotations.js';
import type { AnnotationFact } from './pdf-facts.js';

/** The structure element (index into `PdfFacts.structure`) an annotation's /StructParent names. */
export type StructParentLookup = (structParent: number) => number | undefined;

/**
 * A page's annotations with what the 7.18 rules ask: subtype, /Contents, flags (hidden), whether the rectangle
 * lies outside the crop box, the structure element that holds it, a widget's field /TU, a link's target, and a
 * Screen annotation's media clip (/CT and /Alt).
 */
export function readAnnotations(page: PDFPage, structParentOf: StructParentLookup): AnnotationFact[] {
  const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annotations) return [];
  const crop = page.getCropBox();
  const facts: AnnotationFact[] = [];
  for (let index = 0; index < annotations.size(); index += 1) {
    const annotation = annotations.lookupMaybe(index, PDFDict);
    if (!annotation) continue;
    const fact: AnnotationFact = { subtype: nameOf(annotation.get(PDFName.of('Subtype'))), hidden: false, outsideCropBox: false, hasStructParent: false };
    const contents = text(annotation.lookup(PDFName.of('Contents')));
    if (contents !== undefined) fact.contents = contents;
    const flags = annotation.lookup(PDFName.of('F'));
    fact.hidden = flags instanceof PDFNumber && (flags.asNumber() & 2) === 2;
    const rect = annotation.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asArray().map((value) => (value instanceof PDFNumber ? value.asNumber() : Number.NaN));
    if (rect && rect.length === 4 && rect.every(Number.isFinite)) {
      const [x1, y1, x2, y2] = rect as [number, number, number, number];
      fact.outsideCropBox = Math.max(x1, x2) < crop.x || Math.min(x1, x2) > crop.x + crop.width || Math.max(y1, y2) < crop.y || Math.min(y1, y2) > crop.y + crop.height;
    }
    const structParent = annotation.lookup(PDFName.of('StructParent'));
    if (structParent instanceof PDFNumber) {
      fact.hasStructParent = true;
      const element = structParentOf(structParent.asNumber());
      if (element !== undefined) fact.element = element;
    }
    if (fact.subtype === 'Link') {
      const target = linkTarget(annotation);
      if (target) fact.target = target;
    }
    if (fact.subtype === 'Widget') {
      const tu = fieldText(annotation, 'TU');
      if (tu !== undefined) fact.fieldTooltip = tu;
    }
    if (fact.subtype === 'Screen') fact.mediaClips = mediaClips(annotation);
    if (fact.subtype === 'FileAttachment') {
      const spec = annotation.lookup(PDFName.of('FS'));
      const f = spec instanceof PDFDict ? text(spec.lookup(PDFName.of('F'))) : text(spec);
      const uf = spec instanceof PDFDict ? text(spec.lookup(PDFName.of('UF'))) : undefined;
      fact.fileSpec = { ...(f !== undefined && { f }), ...(uf !== undefined && { uf }) };
    }
    facts.push(fact);
  }
  return facts;
}

/** A field entry of a widget: on the widget itself (merged field) or inherited from its /Parent fields. */
function fieldText(widget: PDFDict, key: string): string | undefined {
  let node: PDFDict | undefined = widget;
  for (let depth = 0; node && depth < 16; depth += 1) {
    const value = text(node.lookup(PDFName.of(key)));
    if (value !== undefined) return value;
    node = node.lookupMaybe(PDFName.of('Parent'), PDFDict);
  }
  return undefined;
}

/** The media clip data dictionaries (ISO 32000-1, 13.2.4.2) of a Screen annotation's rendition actions. */
function mediaClips(annotation: PDFDict): NonNullable<AnnotationFact['mediaClips']> {
  const clips: NonNullable<AnnotationFact['mediaClips']> = [];
  const actions = [annotation.lookupMaybe(PDFName.of('A'), PDFDict)];
  const additional = annotation.lookupMaybe(PDFName.of('AA'), PDFDict);
  for (const [, value] of additional?.entries() ?? []) actions.push(annotation.context.lookup(value) as PDFDict | undefined);
  for (const action of actions) {
    if (!(action instanceof PDFDict)) continue;
    const rendition = action.lookupMaybe(PDFName.of('R'), PDFDict);
    const clip = rendition?.lookupMaybe(PDFName.of('C'), PDFDict);
    if (!clip || clip.get(PDFName.of('S')) !== PDFName.of('MCD')) continue;
    const ct = text(clip.lookup(PDFName.of('CT')));
    const alt = clip.lookup(PDFName.of('Alt'));
    const altItems = alt instanceof PDFArray ? alt.asArray().map((item) => text(clip.context.lookup(item))) : undefined;
    // Alt is a multi-language text array: pairs of language and text, each text non-empty.
    const correctAlt = altItems !== undefined && altItems.length >= 2 && altItems.length % 2 === 0 && altItems.every((item, index) => item !== undefined && (index % 2 === 0 || item !== ''));
    clips.push({ ...(ct !== undefined && { contentType: ct }), correctAlt });
  }
  return clips;
}

function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function nameOf(value: PDFObject | undefined): string {
  return value instanceof PDFName ? value.decodeText() : '';
}
