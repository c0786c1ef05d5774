import type { ChildNode } from 'domhandler';
import { ColophonError } from '../errors.js';
import { markSentences, mediaDuration, type MarkedDocument, type NarrationOptions, narrateDocuments } from '../narrate/index.js';
import { withNarration } from './accessibility-metadata.js';
import type { BookPlan } from './book-plan.js';
import { packageSourceOf } from './book-files.js';
import type { ContentDocumentFile, EpubContainerFiles } from './epub-container-writer.js';
import { NAVIGATION_DOCUMENT } from './epub-layout.js';
import type { Manifest } from './manifest.js';
import { renderPackageDocument } from './templates/package-document.js';
import { parseMarkup, serializeXhtml } from './xhtml-serializer.js';

/** The class reading systems put on the element being read (`media:active-class`), and its highlight. */
export const ACTIVE_CLASS = '-epub-media-overlay-active';
// System colours: the highlight follows the reader's theme (light, dark, high contrast) instead of fixing a colour.
const ACTIVE_CLASS_CSS = `\n/* Read aloud: the sentence being read. */\n.${ACTIVE_CLASS} { background-color: Highlight; color: HighlightText; }\n`;

/**
 * The book's files with a read-aloud narration: every content document of the reading order (navigation
 * document included) marked per sentence, each with a SMIL overlay and an MP3, and the package document
 * rendered again with the overlays in the manifest, their durations, the narrator, the highlight class and the
 * accessibility metadata the narration makes true.
 */
export async function narrateBookFiles(files: EpubContainerFiles, plan: BookPlan, options: NarrationOptions): Promise<EpubContainerFiles> {
  const contentDocuments = files.contentDocuments.map((document) => markDocument(document, plan.language));
  const navigation = markDocument({ href: NAVIGATION_DOCUMENT, xhtml: files.navigationDocument }, plan.language);
  const marked = [...contentDocuments, navigation];
  const narration = await narrateDocuments(
    marked.map(({ href, items }) => ({ href, items })),
    plan.language,
    options,
  );
  const overlays = narration.documents.map((document) => ({ ...document, id: `smil-${idOf(plan.manifest, document.href)}`, audioId: `audio-${idOf(plan.manifest, document.href)}` }));
  const manifest: Manifest = {
    ...plan.manifest,
    items: [
      ...plan.manifest.items.map((item) => {
        const overlay = overlays.find((document) => document.href === item.href);
        return overlay ? { ...item, mediaOverlay: overlay.id } : item;
      }),
      ...overlays.flatMap((overlay) => [
        { id: overlay.id, href: overlay.smilHref, mediaType: 'application/smil+xml', properties: [] },
        { id: overlay.audioId, href: overlay.audioHref, mediaType: 'audio/mpeg', properties: [] },
      ]),
    ],
  };
  const coversAllText = marked.every((document) => document.unspoken === 0) && plan.article.facts.images.undescribed === 0 && Boolean(plan.cover.alt.trim());
  const total = overlays.reduce((sum, overlay) => sum + overlay.duration, 0);
  return {
    ...files,
    packageDocument: renderPackageDocument({
      ...packageSourceOf(plan),
      manifest,
      accessibility: withNarration(plan.accessibility, { coversAllText }, plan.labels),
      mediaOverlays: {
        durations: overlays.map((overlay) => ({ id: overlay.id, duration: mediaDuration(overlay.duration) })),
        total: mediaDuration(total),
        narrator: narration.narrator,
        activeClass: ACTIVE_CLASS,
      },
    }),
    contentDocuments: contentDocuments.map(({ href, xhtml }) => ({ href, xhtml })),
    navigationDocument: navigation.xhtml,
    stylesheet: files.stylesheet + ACTIVE_CLASS_CSS,
    extraFiles: [...(files.extraFiles ?? []), ...overlays.flatMap((overlay) => [{ href: overlay.smilHref, bytes: overlay.smil }, { href: overlay.audioHref, bytes: overlay.audio }])],
  };
}

interface MarkedFile extends MarkedDocument {
  xhtml: string;
  unspoken: number;
}

/** Marks the sentences inside the document's `<body>`; the rest of the document is left as it was written. */
function markDocument(document: ContentDocumentFile, language: string): MarkedFile {
  const open = /<body\b[^>]*>/.exec(document.xhtml);
  const close = document.xhtml.lastIndexOf('</body>');
  if (!open || close < open.index) {
    throw new ColophonError('EPUB_FAILED', `The content document ${document.href} has no <body> to narrate.`, { hint: 'This is a bug in Colophon’s templates.' });
  }
  const start = open.index + open[0].length;
  const tree = parseMarkup(document.xhtml.slice(start, close));
  const { items, unspoken } = markSentences(tree, language);
  const body = serializeXhtml(tree.children as ChildNode[]);
  return { href: document.href, items, unspoken, xhtml: document.xhtml.slice(0, start) + body + document.xhtml.slice(close) };
}

function idOf(manifest: Manifest, href: string): string {
  return manifest.items.find((item) => item.href === href)?.id ?? href.replace(/[^A-Za-z0-9-]/g, '-');
}
