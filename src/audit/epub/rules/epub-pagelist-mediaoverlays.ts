import { elementsNamed, parseXml } from '../read/xml-document.js';
import { epubTypesOf } from '../read/read-navigation.js';
import { resolveHref } from '../read/resolve-href.js';
import { DAISY_KB, type EpubRule, type EpubViolation } from '../epub-rule.js';
import { readingOrderTargets } from './reading-order-targets.js';

/**
 * A media overlay (SMIL) that reads a page break says it is one: the `<par>` holding the `<text>` that points at a
 * page-break marker has `epub:type="pagebreak"`, so that a reading system can skip page numbers while reading aloud
 * (Ace: epub-pagelist-mediaoverlays, serious; the finding names the SMIL file). As Ace, only the overlays of documents
 * in the spine are read, and a `<text src>` counts when it points at a page break of a spine document.
 */
export const epubPageListMediaOverlays: EpubRule = {
  id: 'epub-pagelist-mediaoverlays',
  impact: 'serious',
  help: 'In the media overlay, type the <par> that reads a page break: <par epub:type="pagebreak"><text src="chapter.xhtml#page-7"/></par>.',
  helpUrl: `${DAISY_KB}sync-media/index.html`,
  check: (epub) => {
    const pageBreaks = new Set(readingOrderTargets(epub).filter((target) => target.isPageBreak).map((target) => target.key));
    if (pageBreaks.size === 0) return [];
    const overlays = new Set(epub.spine.map((item) => item.mediaOverlay).filter((id): id is string => id !== undefined));
    return [...overlays].flatMap((id) => {
      const smil = epub.manifest.find((item) => item.id === id);
      const bytes = smil ? epub.files.get(smil.path) : undefined;
      return smil && bytes ? untypedPageBreaks(smil.path, bytes, pageBreaks) : [];
    });
  },
};

function untypedPageBreaks(smilPath: string, bytes: Uint8Array, pageBreaks: ReadonlySet<string>): EpubViolation[] {
  let root;
  try {
    root = parseXml(bytes);
  } catch {
    return [];
  }
  return elementsNamed(root, 'text').flatMap((text) => {
    const src = text.attribs['src'];
    const target = src ? resolveHref(src, smilPath) : undefined;
    if (!src || !target?.fragment || !pageBreaks.has(`${target.path}#${target.fragment}`)) return [];
    const parent = text.parent && 'attribs' in text.parent ? text.parent : undefined;
    if (parent && epubTypesOf(parent).includes('pagebreak')) return [];
    const where = parent?.attribs['id'] ? `par#${parent.attribs['id']}` : `text[src="${src}"]`;
    return [{ message: `The media overlay reads the page break ${src} as text: its <par> has no epub:type="pagebreak", so it cannot be skipped.`, document: smilPath, selector: where }];
  });
}
