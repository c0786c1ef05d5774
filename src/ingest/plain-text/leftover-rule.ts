/**
 * Scrape leftovers: page furniture that follows the article in text copied from a news site
 * (`Source`, `Comment (0)`, `Share`, `Read more`, cookie and newsletter lines).
 * Only a run at the very end of the text is considered; the article body is never touched.
 */
const CERTAIN_LEFTOVERS: readonly RegExp[] = [
  /^sources?\s*:?$/iu,
  /^(comments?|commentaires?|réactions?|reactions?)\s*\(\d+\)$/iu,
  /^\d+\s+(comments?|commentaires?)$/iu,
  /^(share|partager|tweet|print|imprimer|email|e-mail|envoyer)( (this|cet) (article|page))?$/iu,
  /^(share|partager) (on|sur) (facebook|x|twitter|linkedin|whatsapp|bluesky)$/iu,
  /^(read more|lire la suite|lire aussi|see also|voir aussi|related( articles)?|à lire aussi|sur le même sujet)\s*:?$/iu,
  /^(advertisement|publicité|sponsored|sponsorisé)$/iu,
  /^(subscribe|s’abonner|s'abonner|abonnez-vous)( to our newsletter| à (notre|la) newsletter)?\s*!?$/iu,
  /\b(we use cookies|this (site|website) uses cookies|nous utilisons des cookies|ce site utilise des cookies|accept(er)? (all |les |tous les )?cookies|(manage|gérer les) cookies|cookie (settings|preferences))\b/iu,
  /\b(sign up for|inscrivez-vous à) (our|notre) newsletter\b/iu,
];

export type LeftoverVerdict = 'leftover' | 'unsure' | 'text';

/** Classifies one line as certain leftover, unsure (short and unpunctuated), or article text. */
export function classifyTrailingLine(line: string): LeftoverVerdict {
  const text = line.trim();
  if (CERTAIN_LEFTOVERS.some((pattern) => pattern.test(text))) return 'leftover';
  const words = text.split(/\s+/u).length;
  if (words <= 3 && !/[.!?…»”"]$/u.test(text)) return 'unsure';
  return 'text';
}

/** Index where the trailing run of certain leftovers starts (lines.length when there is none). */
export function leftoverStart(lines: readonly string[]): number {
  let start = lines.length;
  while (start > 0 && classifyTrailingLine(lines[start - 1] ?? '') === 'leftover') start -= 1;
  return start;
}
