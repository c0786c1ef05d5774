/** The words of the attribution block, in the article's language (French and English; English otherwise). */
export interface AttributionLabels {
  heading: string;
  by: (authors: string) => string;
  publishedBy: (publisher: string) => string;
  /** `hasDay`: « le 15 juin 2023 » but « en juin 2023 ». */
  publishedOn: (date: string, hasDay: boolean) => string;
  /** Opens the date line when no publisher is known. */
  published: string;
  original: string;
  license: string;
  unknownOriginal: string;
}

const FRENCH: AttributionLabels = {
  heading: 'Source',
  by: (authors) => `Par ${authors}`,
  publishedBy: (publisher) => `Publié par ${publisher}`,
  publishedOn: (date, hasDay) => `${hasDay ? 'le' : 'en'} ${date}`,
  published: 'Publié',
  original: 'Article d’origine :',
  license: 'Licence :',
  unknownOriginal: 'L’adresse de l’article d’origine n’est pas connue.',
};

const ENGLISH: AttributionLabels = {
  heading: 'Source',
  by: (authors) => `By ${authors}`,
  publishedBy: (publisher) => `Published by ${publisher}`,
  publishedOn: (date, hasDay) => `${hasDay ? 'on' : 'in'} ${date}`,
  published: 'Published',
  original: 'Original article:',
  license: 'License:',
  unknownOriginal: 'The address of the original article is not known.',
};

export function attributionLabels(language: string): AttributionLabels {
  return language.toLowerCase().startsWith('fr') ? FRENCH : ENGLISH;
}

/** `2023-06-15` → « 15 juin 2023 » / “June 15, 2023”; `2023-06` → « juin 2023 »; `2023` → « 2023 ». */
export function formatDate(iso: string, language: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = month
    ? day
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(date);
}
