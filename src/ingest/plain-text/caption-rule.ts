/**
 * Captions and their credits, as news pages write them: a caption that ends with its credit,
 * e.g. `… le 14 juin. (Source : OTAN) |`, `… (Photo: Reuters)`, `… (Crédit : AFP) |`, `… Photo : Jane Roe`.
 * Scrapers often leave the ` |` separator that stood between caption and credit on the page.
 * One rule for every reader: plain-text lines, Markdown image titles and web-page figcaptions.
 */
export interface CaptionLine {
  caption: string;
  /** `label` absent: the credit is shown as the page wrote it (`© AFP`). */
  credit?: { label?: string; name: string };
}

const PHOTO_LABELS = ['photo', 'photos', 'photograph', 'photographie', 'crédit', 'crédits', 'credit', 'credits', 'crédit photo', 'photo credit', 'foto', 'bild'];
const CREDIT_LABELS = [...PHOTO_LABELS, 'source', 'sources', 'image', 'illustration', 'quelle'].join('|');
const PHOTO_LABEL = PHOTO_LABELS.join('|');
/** A credit name: a few words, no sentence punctuation. */
const NAME = '[^.!?()]{1,80}?';

/** `caption (Label : Name)` with an optional trailing `|`. */
const PARENTHESIZED_CREDIT = new RegExp(`^(?<caption>.*?)\\s*\\((?<label>${CREDIT_LABELS})\\s*:\\s*(?<name>[^()]{1,80}?)\\s*\\)\\s*\\|?\\s*$`, 'iu');
/** `caption Photo : Name |` — any label, trusted because of the trailing pipe. */
const PIPED_CREDIT = new RegExp(`^(?<caption>.*?[.!?…»])\\s+(?<label>${CREDIT_LABELS})\\s*:\\s*(?<name>${NAME})\\s*\\|\\s*$`, 'iu');
/** `caption. Photo : Jane Roe` — without a pipe only a photo label and a short capitalised name are trusted (`Source : …` may be prose). */
const UNPIPED_PHOTO_CREDIT = new RegExp(`^(?<caption>.*?[.!?…»])\\s+(?<label>${PHOTO_LABEL})\\s*:\\s*(?<name>[^.!?():]{1,60}?)\\s*$`, 'iu');
/** A bare trailing `|`: a caption whose credit the scraper lost. */
const PIPE_ONLY = /^(?<caption>.+?)\s*\|\s*$/u;

/** In a figcaption (known to be a caption): a trailing `Label : Name` or `© Name` after any text. */
const TRAILING_LABELLED = new RegExp(`^(?<caption>.*?)[\\s|–—-]+(?<label>${CREDIT_LABELS})\\s*:\\s*(?<name>${NAME})\\s*$`, 'iu');
const TRAILING_COPYRIGHT = /^(?<caption>.*?)[\s|–—-]+(?<name>©\s*[^.!?()]{1,80}?)\s*$/u;
/** A credit element's own text: `Photo : Name`, `(Crédit : Name)`, or just `© Name` / `Name`. */
const LABELLED_CREDIT = new RegExp(`^\\(?\\s*(?<label>${CREDIT_LABELS})\\s*:\\s*(?<name>.{1,80}?)\\s*\\)?$`, 'iu');

/** Recognises a caption line in running text, or returns undefined for ordinary text. */
export function parseCaptionLine(line: string): CaptionLine | undefined {
  const match = PARENTHESIZED_CREDIT.exec(line) ?? PIPED_CREDIT.exec(line) ?? capitalisedName(UNPIPED_PHOTO_CREDIT.exec(line));
  if (match?.groups) {
    const { caption = '', label = '', name = '' } = match.groups;
    return { caption: caption.trim(), credit: { label: capitalize(label), name: name.trim() } };
  }
  const piped = PIPE_ONLY.exec(line);
  if (piped?.groups?.['caption']) return { caption: piped.groups['caption'].trim() };
  return undefined;
}

/** Splits a figure caption (text known to be a caption) into caption and credit; the credit may be absent. */
export function parseCaption(text: string): CaptionLine {
  const line = text.replace(/\s+/gu, ' ').trim();
  const fromLine = parseCaptionLine(line);
  if (fromLine?.credit) return fromLine;
  const labelled = TRAILING_LABELLED.exec(line)?.groups;
  if (labelled) return { caption: (labelled['caption'] ?? '').trim(), credit: { label: capitalize(labelled['label'] ?? ''), name: (labelled['name'] ?? '').trim() } };
  const copyright = TRAILING_COPYRIGHT.exec(line)?.groups;
  if (copyright) return { caption: (copyright['caption'] ?? '').trim(), credit: { name: (copyright['name'] ?? '').trim() } };
  return fromLine ?? { caption: line };
}

/** Reads the text of an element that holds only a credit (class credit/copyright). */
export function parseCreditText(text: string): CaptionLine['credit'] | undefined {
  const line = text.replace(/\s+/gu, ' ').replace(/^[|\s]+|[|\s]+$/gu, '');
  if (line === '') return undefined;
  const labelled = LABELLED_CREDIT.exec(line)?.groups;
  if (labelled) return { label: capitalize(labelled['label'] ?? ''), name: (labelled['name'] ?? '').trim() };
  return { name: line.replace(/^\((.*)\)$/u, '$1') };
}

/** The unpiped form is trusted only when the name starts like a name: a capital letter or ©. */
function capitalisedName(match: RegExpExecArray | null): RegExpExecArray | null {
  return match && /^[\p{Lu}©]/u.test(match.groups?.['name'] ?? '') ? match : null;
}

function capitalize(label: string): string {
  return label.charAt(0).toLocaleUpperCase() + label.slice(1).toLocaleLowerCase();
}
