/** Words the web edition adds around the article, in its language. */
export interface EditionLabels {
  madeWith: string;
}

export function editionLabels(language: string): EditionLabels {
  return language.toLowerCase().startsWith('fr')
    ? { madeWith: 'Édition accessible produite avec Colophon à partir du texte d’origine.' }
    : { madeWith: 'Accessible edition made with Colophon from the original text.' };
}
