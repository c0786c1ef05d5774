/** Words the web edition adds around the article, in its language. */
export interface EditionLabels {
  madeWith: string;
  /** A book's web edition: its table of contents, and the links between its pages. */
  contents: string;
  chapters: string;
  previous: string;
  next: string;
}

export function editionLabels(language: string): EditionLabels {
  return language.toLowerCase().startsWith('fr')
    ? { madeWith: 'Édition accessible produite avec Colophon à partir du texte d’origine.', contents: 'Table des matières', chapters: 'Chapitres', previous: 'Précédent', next: 'Suivant' }
    : { madeWith: 'Accessible edition made with Colophon from the original text.', contents: 'Contents', chapters: 'Chapters', previous: 'Previous', next: 'Next' };
}
