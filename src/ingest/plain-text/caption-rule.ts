/**
 * Caption lines in scraped news text: a photo caption that ends with its credit,
 * e.g. `… le 14 juin. (Source : OTAN) |`, `… (Photo: Reuters)`, `… (Crédit : AFP) |`.
 * Scrapers often leave the ` |` separator that stood between caption and credit on the page.
 */
export interface CaptionLine {
  caption: string;
  credit?: { label: string; name: string };
}

const CREDIT_LABELS = [
  'source', 'sources', 'photo', 'photos', 'photograph', 'photographie', 'crédit', 'crédits', 'credit', 'credits',
  'crédit photo', 'photo credit', 'image', 'illustration', 'foto', 'bild', 'quelle',
].join('|');

/** `caption (Label : Name)` with an optional trailing `|`. */
const PARENTHESIZED_CREDIT = new RegExp(`^(?<caption>.*?)\\s*\\((?<label>${CREDIT_LABELS})\\s*:\\s*(?<name>[^()]{1,80}?)\\s*\\)\\s*\\|?\\s*$`, 'iu');
/** `caption Photo : Name |` — the label form without parentheses needs the trailing pipe to be trusted. */
const PIPED_CREDIT = new RegExp(`^(?<caption>.*?[.!?…»])\\s+(?<label>${CREDIT_LABELS})\\s*:\\s*(?<name>[^.!?]{1,80}?)\\s*\\|\\s*$`, 'iu');
/** A bare trailing `|`: a caption whose credit the scraper lost. */
const PIPE_ONLY = /^(?<caption>.+?)\s*\|\s*$/u;

/** Recognises a caption line, or returns undefined for ordinary text. */
export function parseCaptionLine(line: string): CaptionLine | undefined {
  const match = PARENTHESIZED_CREDIT.exec(line) ?? PIPED_CREDIT.exec(line);
  if (match?.groups) {
    const { caption = '', label = '', name = '' } = match.groups;
    return { caption: caption.trim(), credit: { label: capitalize(label), name: name.trim() } };
  }
  const piped = PIPE_ONLY.exec(line);
  if (piped?.groups?.['caption']) return { caption: piped.groups['caption'].trim() };
  return undefined;
}

function capitalize(label: string): string {
  return label.charAt(0).toLocaleUpperCase() + label.slice(1).toLocaleLowerCase();
}
