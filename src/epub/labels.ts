/**
 * Every word the EPUB adds around the article (navigation, cover, title page, colophon,
 * accessibility summary), in the book's language. French and English; other languages fall back to English.
 */
export interface EpubLabels {
  /** The language these labels are written in. */
  language: 'fr' | 'en';
  coverTitle: string;
  titlePageTitle: string;
  tocTitle: string;
  landmarksTitle: string;
  /** Heading of the page list (hidden: reading systems show it in their own menus). */
  pageListTitle: string;
  startOfReading: string;
  colophonTitle: string;
  originalArticle: string;
  publisher: string;
  publicationDate: string;
  license: string;
  imageCredits: string;
  typeface: string;
  identifier: string;
  madeWith: string;
  /** `Figure 3`: how the colophon names a figure when crediting it. */
  figureLabel(figureNumber: number): string;
  /** What separates a label from its value: `\u00a0: ` in French, `: ` in English. */
  colon: string;
  /** What the generated cover shows, as its alternative text. */
  coverAlt(cover: { title: string; description?: string; publisher?: string }): string;
  summary: SummaryPhrases;
}

/** Sentences of `schema:accessibilitySummary`, each said only when the content makes it true. */
export interface SummaryPhrases {
  reflowable: string;
  describedImages(count: number): string;
  decorativeImages(count: number): string;
  undescribedImages(count: number): string;
  abbreviations: string;
  languageOfParts: string;
  noPageNumbers: string;
  /** Said instead of `noPageNumbers` when the book carries the print edition's page breaks. */
  printPageNumbers(pages: number): string;
  unassessedHazards: string;
  /** Said when the book reads aloud (Media Overlays made by speech synthesis). */
  syntheticNarration(complete: boolean): string;
}

const FRENCH: EpubLabels = {
  language: 'fr',
  coverTitle: 'Couverture',
  titlePageTitle: 'Page de titre',
  tocTitle: 'Table des matières',
  landmarksTitle: 'Repères',
  pageListTitle: 'Liste des pages',
  startOfReading: 'Début de la lecture',
  colophonTitle: 'À propos de cette édition',
  originalArticle: 'Article d’origine',
  publisher: 'Éditeur',
  publicationDate: 'Date de publication',
  license: 'Licence',
  imageCredits: 'Crédits des images',
  typeface: 'Police de caractères',
  identifier: 'Identifiant',
  madeWith: 'Livre numérique produit avec Colophon à partir du texte d’origine.',
  figureLabel: (figureNumber) => `Figure ${figureNumber}`,
  colon: '\u00a0: ',
  coverAlt: ({ title, description, publisher }) =>
    [`Couverture portant le titre «\u00a0${title}\u00a0»`, description && `, le chapeau «\u00a0${description}\u00a0»`, publisher && ` et le nom de l’éditeur, ${publisher}`, '.'].filter(Boolean).join(''),
  summary: {
    reflowable: 'Le texte se recompose librement\u00a0: la taille, la police, l’interlignage et les couleurs restent au choix de la personne qui lit.',
    describedImages: (count) => (count === 1 ? 'Une image a un texte de remplacement.' : `${count} images ont un texte de remplacement.`),
    decorativeImages: (count) => (count === 1 ? 'Une image purement décorative est ignorée par les lecteurs d’écran.' : `${count} images purement décoratives sont ignorées par les lecteurs d’écran.`),
    undescribedImages: (count) =>
      count === 1
        ? 'Une image n’a pas de texte de remplacement\u00a0: son contenu n’est accessible que visuellement.'
        : `${count} images n’ont pas de texte de remplacement\u00a0: leur contenu n’est accessible que visuellement.`,
    abbreviations: 'Les sigles et abréviations sont balisés avec leur forme développée.',
    languageOfParts: 'Les passages dans une autre langue sont balisés comme tels.',
    noPageNumbers: 'L’article d’origine n’est pas paginé\u00a0: cette édition ne comporte pas de numéros de page.',
    printPageNumbers: (pages) =>
      `Les numéros de page renvoient à l’édition imprimée (PDF, ${pages === 1 ? 'une page' : `${pages}\u00a0pages`})\u00a0: une liste des pages et des repères de saut de page permettent de citer la même page dans les deux éditions.`,
    unassessedHazards: 'Les contenus audio, vidéo ou animés n’ont pas été évalués (clignotements, mouvements, sons)\u00a0: leurs risques sont inconnus.',
    syntheticNarration: (complete) =>
      `Le livre se lit à voix haute, phrase par phrase, le texte étant surligné à mesure\u00a0: la narration est une voix de synthèse, non une lecture humaine${complete ? ', et elle couvre tout le texte.' : '\u00a0; elle ne couvre pas tout le texte.'}`,
  },
};

const ENGLISH: EpubLabels = {
  language: 'en',
  coverTitle: 'Cover',
  titlePageTitle: 'Title page',
  tocTitle: 'Contents',
  landmarksTitle: 'Landmarks',
  pageListTitle: 'Pages',
  startOfReading: 'Start of reading',
  colophonTitle: 'About this edition',
  originalArticle: 'Original article',
  publisher: 'Publisher',
  publicationDate: 'Publication date',
  license: 'License',
  imageCredits: 'Image credits',
  typeface: 'Typeface',
  identifier: 'Identifier',
  madeWith: 'Ebook made with Colophon from the original text.',
  figureLabel: (figureNumber) => `Figure ${figureNumber}`,
  colon: ': ',
  coverAlt: ({ title, description, publisher }) =>
    [`Cover showing the title “${title}”`, description && `, the standfirst “${description}”`, publisher && ` and the publisher’s name, ${publisher}`, '.'].filter(Boolean).join(''),
  summary: {
    reflowable: 'The text reflows: size, typeface, line spacing and colours are left to the reader.',
    describedImages: (count) => (count === 1 ? 'One image has alternative text.' : `${count} images have alternative text.`),
    decorativeImages: (count) => (count === 1 ? 'One purely decorative image is hidden from screen readers.' : `${count} purely decorative images are hidden from screen readers.`),
    undescribedImages: (count) =>
      count === 1
        ? 'One image has no alternative text: its content is available visually only.'
        : `${count} images have no alternative text: their content is available visually only.`,
    abbreviations: 'Acronyms and abbreviations are marked up with their expansion.',
    languageOfParts: 'Passages in another language are marked as such.',
    noPageNumbers: 'The original article has no pages, so this edition has no page numbers.',
    printPageNumbers: (pages) =>
      `Page numbers are those of the print edition (PDF, ${pages === 1 ? 'one page' : `${pages} pages`}): a page list and page-break markers let readers cite the same page in both editions.`,
    unassessedHazards: 'Audio, video or animated content has not been assessed for flashing, motion or sound: its hazards are unknown.',
    syntheticNarration: (complete) =>
      `The book reads aloud, sentence by sentence, highlighting the text as it goes: the narration is a synthetic voice, not a human reading${complete ? ', and it covers all the text.' : ', and it does not cover all the text.'}`,
  },
};

/** Labels for a BCP 47 language tag: `fr`, `fr-CA`… get French; anything else English. */
export function epubLabels(language: string): EpubLabels {
  return primarySubtag(language) === 'fr' ? FRENCH : ENGLISH;
}

/** `fr` for `fr-CA`: the part of a language tag that names the language. */
export function primarySubtag(language: string): string {
  return language.toLowerCase().split('-')[0] ?? '';
}
