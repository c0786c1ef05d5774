/**
 * The schema.org accessibility vocabularies, as the W3C Accessibility Discoverability Vocabulary defines them
 * (https://www.w3.org/community/reports/a11y-discov-vocab/) and Ace by DAISY 1.4 checks them.
 */
export const ACCESS_MODES: ReadonlySet<string> = new Set([
  'auditory', 'tactile', 'textual', 'visual',
  'chartOnVisual', 'chemOnVisual', 'colorDependent', 'diagramOnVisual', 'mathOnVisual', 'musicOnVisual', 'textOnVisual',
]);

/** accessModeSufficient: comma-separated sets of these four. */
export const SUFFICIENT_ACCESS_MODES: ReadonlySet<string> = new Set(['auditory', 'tactile', 'textual', 'visual']);

export const ACCESSIBILITY_FEATURES: ReadonlySet<string> = new Set([
  // structure and navigation
  'annotations', 'ARIA', 'bookmarks', 'index', 'printPageNumbers', 'pageBreakMarkers', 'pageNavigation', 'readingOrder', 'structuralNavigation', 'tableOfContents', 'taggedPDF',
  // adaptation
  'alternativeText', 'audioDescription', 'captions', 'closedCaptions', 'describedMath', 'longDescription', 'openCaptions', 'signLanguage', 'transcript',
  // rendering control
  'displayTransformability', 'displayTransformability/font-size', 'displayTransformability/font-family', 'displayTransformability/line-height',
  'displayTransformability/word-spacing', 'displayTransformability/letter-spacing', 'displayTransformability/color', 'displayTransformability/background-color',
  'synchronizedAudioText', 'timingControl', 'unlocked',
  // specialized markup
  'ChemML', 'latex', 'latex-chemistry', 'MathML', 'MathML-chemistry', 'ttsMarkup',
  // clarity
  'highContrastAudio', 'highContrastAudio/noBackground', 'highContrastAudio/reducedBackground', 'highContrastAudio/switchableBackground', 'highContrastDisplay', 'largePrint',
  // tactile
  'braille', 'tactileGraphic', 'tactileObject',
  // internationalization
  'fullRubyAnnotations', 'horizontalWriting', 'rubyAnnotations', 'verticalWriting', 'withAdditionalWordSegmentation', 'withoutAdditionalWordSegmentation',
  'none', 'unknown',
]);

export const ACCESSIBILITY_HAZARDS: ReadonlySet<string> = new Set([
  'flashing', 'motionSimulation', 'sound',
  'none', 'noFlashingHazard', 'noMotionSimulationHazard', 'noSoundHazard',
  // Ace 1.4 spells the motion term "Simultation", as the vocabulary once did; both are accepted.
  'unknown', 'unknownFlashingHazard', 'unknownMotionSimulationHazard', 'unknownMotionSimultationHazard', 'unknownSoundHazard',
]);

/** dcterms:conformsTo values of EPUB Accessibility 1.1, and the URLs of EPUB Accessibility 1.0. */
export const CONFORMS_TO_STRINGS: ReadonlySet<string> = new Set(
  ['2.0', '2.1', '2.2'].flatMap((wcag) => ['A', 'AA', 'AAA'].map((level) => `EPUB Accessibility 1.1 - WCAG ${wcag} Level ${level}`)),
);
export const CONFORMS_TO_URLS: ReadonlySet<string> = new Set(
  ['wcag-a', 'wcag-aa', 'wcag-aaa'].map((level) => `http://www.idpf.org/epub/a11y/accessibility-20170105.html#${level}`),
);

/** A conformsTo value that claims EPUB Accessibility (1.1 string or 1.0 URL), valid or not. */
export function claimsEpubAccessibility(value: string): boolean {
  return value.startsWith('EPUB Accessibility') || /^https?:\/\/www\.idpf\.org\/epub\/a11y\//.test(value);
}
