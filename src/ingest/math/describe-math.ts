import { type Element, findElements, parseFragment, serializeFragment } from '../../markup/html-tree.js';
import type { IngestedArticle, IngestWarning } from '../../model/document.js';
import { sanitizeFragment } from '../../sanitize/sanitize.js';
import { speakMath } from './speech-engine.js';

/** Expressions longer than this are not spoken (a screen reader reads the MathML itself). */
const MAX_SPOKEN_MATHML = 20_000;

/**
 * Gives every `<math>` of the article that has no `alttext` one: its spoken form from speech-rule-engine in the
 * article's language (English where the engine has none, with a MATH_SPEECH_LANGUAGE note). The web page and the EPUB
 * carry it as `alttext`; the print edition makes it the Formula's /Alt. The engine reads each expression as it will be
 * after the sanitizer, never the raw input; an expression it cannot read keeps no alttext (MATH_NOT_SPOKEN note).
 */
export async function describeMath(article: IngestedArticle): Promise<IngestedArticle> {
  if (!/<math\b/i.test(article.bodyHtml)) return article;
  const tree = parseFragment(article.bodyHtml);
  const outermost = findElements(tree, (element) => element.name === 'math' && !insideMath(element));
  const unspoken = outermost.filter((math) => !(math.attribs['alttext'] ?? '').trim());
  if (unspoken.length === 0) return article;
  const expressions = unspoken.map((math) => sanitizeFragment(serializeFragment(math)));
  const { language, spoken } = await speakMath(expressions.map((mathml) => (mathml.length > MAX_SPOKEN_MATHML ? '' : mathml)), article.metadata.language);
  const warnings: IngestWarning[] = [];
  unspoken.forEach((math, index) => {
    const text = spoken[index];
    if (text) math.attribs['alttext'] = text;
  });
  const missing = spoken.filter((text) => text === undefined).length;
  if (missing > 0) warnings.push({ code: 'MATH_NOT_SPOKEN', message: `${missing} math expression(s) could not be given a spoken form; give them an alttext.` });
  if (language !== article.metadata.language.toLowerCase().split('-')[0]) {
    warnings.push({ code: 'MATH_SPEECH_LANGUAGE', message: `The spoken form of the math is in ${language}: speech-rule-engine has no rules for ${article.metadata.language}.` });
  }
  return { ...article, bodyHtml: serializeFragment(tree), warnings: [...article.warnings, ...warnings] };
}

function insideMath(element: Element): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if ('name' in parent && parent.name === 'math') return true;
  return false;
}
