import { ColophonError } from '../errors.js';
import type { ContentFacts } from './content-facts.js';
import type { EpubLabels } from './labels.js';

/** EPUB Accessibility 1.1 discovery metadata (schema.org) and, when claimed, the conformance statement. */
export interface AccessibilityMetadata {
  accessModes: string[];
  accessModesSufficient: string[];
  features: string[];
  hazards: string[];
  summary: string;
  conformance?: ConformanceClaim;
}

export interface ConformanceClaim {
  conformsTo: string;
  certifiedBy: string;
}

export const CONFORMANCE_STATEMENT = 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA';

export interface ClaimRequest {
  claimConformance: boolean;
  /** Who evaluated the EPUB; without it, the publisher (else the authors) is taken as self-evaluator. */
  certifiedBy?: string;
  publisher?: string;
  authors: readonly string[];
}

/** What the book says of pages: how many print pages its page list and page-break markers stand for (0: none). */
export interface PageNavigation {
  printPages: number;
}

/** Derives every value from what the content holds: nothing here is said of a book that does not have it. */
export function accessibilityMetadataOf(facts: ContentFacts, labels: EpubLabels, claim: ClaimRequest, pages: PageNavigation = { printPages: 0 }): AccessibilityMetadata {
  const conformance = conformanceOf(facts, claim);
  return {
    accessModes: accessModesOf(facts),
    accessModesSufficient: sufficientAccessModesOf(facts),
    features: featuresOf(facts, pages),
    hazards: hasUnassessedHazards(facts) ? ['unknown'] : ['none'],
    summary: summaryOf(facts, labels, pages),
    ...(conformance && { conformance }),
  };
}

/** What a narrated book's metadata says of its narration (EPUB 3 Media Overlays made by speech synthesis). */
export interface NarrationFacts {
  /** Every sentence of every document in the reading order is in an overlay, and no image lacks a text alternative. */
  coversAllText: boolean;
}

/**
 * The metadata of the same book with a synthetic read-aloud narration, as the EPUB Accessibility techniques
 * (§ "Media overlays") put it: `synchronizedAudioText` as a feature; `auditory` as a sufficient access mode on its
 * own only when the narration covers all the content; no `auditory` access mode, since the audio is an adaptation
 * of the text, not content of its own; and a summary that says the voice is synthetic.
 */
export function withNarration(metadata: AccessibilityMetadata, narration: NarrationFacts, labels: EpubLabels): AccessibilityMetadata {
  const features = [...metadata.features.filter((feature) => feature !== 'ARIA'), 'synchronizedAudioText', ...(metadata.features.includes('ARIA') ? ['ARIA'] : [])];
  return {
    ...metadata,
    accessModesSufficient: [...metadata.accessModesSufficient, ...(narration.coversAllText ? ['auditory'] : [])],
    features,
    summary: `${metadata.summary} ${labels.summary.syntheticNarration(narration.coversAllText)}`,
  };
}

function hasVisualContent(facts: ContentFacts): boolean {
  return facts.images.total > 0 || facts.hasVideo;
}

function hasUnassessedHazards(facts: ContentFacts): boolean {
  return facts.hasAudio || facts.hasVideo || facts.hasAnimatedImage;
}

function accessModesOf(facts: ContentFacts): string[] {
  return ['textual', ...(hasVisualContent(facts) ? ['visual'] : []), ...(facts.hasAudio || facts.hasVideo ? ['auditory'] : [])];
}

/** Text alone suffices only when every picture has a text alternative and nothing is audio or video. */
function sufficientAccessModesOf(facts: ContentFacts): string[] {
  const textAlone = facts.images.undescribed === 0 && !facts.hasAudio && !facts.hasVideo;
  const everyMode = accessModesOf(facts).join(',');
  return [...(textAlone ? ['textual'] : []), ...(everyMode === 'textual' ? [] : [everyMode])];
}

function featuresOf(facts: ContentFacts, pages: PageNavigation): string[] {
  const imagesAllHaveAlternatives = facts.images.total > 0 && facts.images.undescribed === 0;
  return [
    ...(facts.hasHeadings ? ['structuralNavigation'] : []),
    'tableOfContents', // the navigation document lists the article and its sections
    'readingOrder', // one linear flow: cover, title page, contents, article, colophon
    ...(imagesAllHaveAlternatives ? ['alternativeText'] : []),
    ...(pages.printPages > 0 ? ['pageNavigation', 'pageBreakMarkers'] : []), // the print edition's page list and markers
    'displayTransformability', // the stylesheets fix no colour and no absolute size
    ...(facts.hasMathML ? ['MathML'] : []),
    ...(facts.hasDescribedMath ? ['describedMath'] : []), // every formula has its spoken form as alttext
    'ARIA', // DPUB-ARIA roles (doc-toc, doc-cover, doc-colophon) name the book's parts
  ];
}

function summaryOf(facts: ContentFacts, labels: EpubLabels, pages: PageNavigation): string {
  const { summary } = labels;
  const { described, decorative, undescribed } = facts.images;
  return [
    summary.reflowable,
    described > 0 && summary.describedImages(described),
    decorative > 0 && summary.decorativeImages(decorative),
    undescribed > 0 && summary.undescribedImages(undescribed),
    facts.hasExpandedAbbreviations && summary.abbreviations,
    facts.hasLanguageParts && summary.languageOfParts,
    pages.printPages > 0 ? summary.printPageNumbers(pages.printPages) : summary.noPageNumbers,
    hasUnassessedHazards(facts) && summary.unassessedHazards,
  ]
    .filter((sentence): sentence is string => typeof sentence === 'string')
    .join(' ');
}

function conformanceOf(facts: ContentFacts, claim: ClaimRequest): ConformanceClaim | undefined {
  if (!claim.claimConformance) return undefined;
  if (facts.images.undescribed > 0) {
    throw new ColophonError('OPTIONS_INVALID', `A conformance claim was requested, but ${facts.images.undescribed} image(s) have no text alternative.`, {
      hint: 'Give every image an alt text (alt="" for decorative ones) before claiming EPUB Accessibility conformance.',
    });
  }
  const certifiedBy = claim.certifiedBy?.trim() || claim.publisher?.trim() || claim.authors.join(', ').trim();
  if (!certifiedBy) {
    throw new ColophonError('OPTIONS_INVALID', 'A conformance claim needs the name of whoever evaluated the EPUB (a11y:certifiedBy).', {
      hint: 'Pass `certifiedBy`, or give the article a publisher or an author.',
    });
  }
  return { conformsTo: CONFORMANCE_STATEMENT, certifiedBy };
}
