import type { PdfRule } from '../pdf-rule.js';
import { annotationTabOrder } from './annotation-tab-order.js';
import { dcTitle } from './dc-title.js';
import { displayDocTitle } from './display-doc-title.js';
import { documentLanguage } from './document-language.js';
import { embeddedFonts } from './embedded-fonts.js';
import { figureAlt } from './figure-alt.js';
import { headingNesting } from './heading-nesting.js';
import { imageFigure } from './image-figure.js';
import { linkContents } from './link-contents.js';
import { marked } from './marked.js';
import { metadataStream } from './metadata-stream.js';
import { structParentEntry } from './struct-parent-entry.js';
import { structTreeRoot } from './struct-tree-root.js';
import { uaIdentifier } from './ua-identifier.js';
import { untaggedContent } from './untagged-content.js';

/** Every PDF rule, in report order (by clause of ISO 14289-1). */
export const PDF_RULES: readonly PdfRule[] = [
  uaIdentifier,
  marked,
  untaggedContent,
  metadataStream,
  dcTitle,
  displayDocTitle,
  structTreeRoot,
  structParentEntry,
  documentLanguage,
  figureAlt,
  imageFigure,
  headingNesting,
  annotationTabOrder,
  linkContents,
  embeddedFonts,
];
