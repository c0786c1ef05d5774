import { describe, expect, it } from 'vitest';
import { parseContentStream } from '../../src/pdf/content-stream.js';
import { editContent } from '../../src/pdf/content-edits.js';
import { softHyphenEdits } from '../../src/pdf/soft-hyphen-text.js';
import { DEFAULT_HYPHENATION_RULES, hyphenateArticleHtml, hyphenateText, SOFT_HYPHEN } from '../../src/render/hyphenation.js';
import { hyphenatorFor, patternFileFor } from '../../src/render/hyphenation-patterns.js';
import { renderWebPage } from '../../src/render/web-page.js';
import { sampleDocument } from '../support/sample-document.js';

/** Soft hyphens shown as "·" for readable expectations. */
const shown = (text: string): string => text.replaceAll(SOFT_HYPHEN, '·');

function hyphenated(language: string, text: string): string {
  const hyphenator = hyphenatorFor(language);
  if (!hyphenator) throw new Error(`no patterns for ${language}`);
  return shown(hyphenateText(text, hyphenator));
}

describe('hyphenation patterns by language', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['en', 'en-us'],
    ['en-US', 'en-us'],
    ['en-GB', 'en-gb'],
    ['en_au', 'en-gb'],
    ['de', 'de-1996'],
    ['de-CH', 'de-1996'],
    ['es-419', 'es'],
    ['it', 'it'],
    ['pt-BR', 'pt'],
  ])('%s uses the %s patterns', (language, file) => {
    expect(patternFileFor(language)).toBe(file);
  });

  it.each(['', 'xx', 'zh-Hans', 'ja', '../fr', 'constructor', '__proto__', 'hyphen'])('has none for %j, and hyphenates nothing', (language) => {
    expect(patternFileFor(language)).toBeUndefined();
    expect(hyphenatorFor(language)).toBeUndefined();
    const html = sampleDocument().articleHtml;
    expect(hyphenateArticleHtml(html, language)).toBe(html);
  });

  it('breaks words in French, English, German, Spanish and Italian', () => {
    expect(hyphenated('fr', 'la mission de maintien de la paix extraordinairement')).toBe('la mis·sion de main·tien de la paix ex·tra·or·di·nai·re·ment');
    expect(hyphenated('en-US', 'hyphenation maintenance international')).toBe('hy·phen·ation main·te·nance in·ter·na·tional');
    expect(hyphenated('en-GB', 'hyphenation maintenance')).toBe('hy·phen·a·tion main·ten·ance');
    expect(hyphenated('de', 'einen wunderschönen Garten Donaudampfschifffahrt')).toBe('einen wun·der·schö·nen Gar·ten Do·nau·dampf·schiff·fahrt');
    expect(hyphenated('es', 'La biblioteca universitaria internacional')).toBe('La bi·blio·teca uni·ver·si·ta·ria in·ter·na·cio·nal');
    expect(hyphenated('it', 'La biblioteca universitaria internazionale')).toBe('La bi·blio·teca uni·ver·si·ta·ria in·ter·na·zio·nale');
  });

  it('keeps two characters before a break and three after, and words under six characters whole', () => {
    const { minBefore, minAfter } = DEFAULT_HYPHENATION_RULES;
    const text = hyphenated('fr', 'aboutissement acheminé électricité émotionnellement idéologie année tenue');
    for (const word of text.split(' ')) {
      const parts = word.split('·');
      if (parts.length === 1) continue;
      expect(Array.from(parts[0]!).length, word).toBeGreaterThanOrEqual(minBefore);
      expect(Array.from(parts.at(-1)!).length, word).toBeGreaterThanOrEqual(minAfter);
    }
    expect(text).toContain(' année tenue');
  });

  it('leaves URLs, addresses, acronyms, inner capitals and words next to digits alone', () => {
    const text = 'https://example.org/articles/internationalisation redaction@example.org www.internationale.fr fichier_internationalisation.txt OTAN UNESCO iPhone COVID19 internationale';
    expect(hyphenated('fr', text)).toBe(text.replace(/internationale$/, 'in·ter·na·tio·nale'));
  });

  it('splits words at apostrophes and hyphens, keeping the apostrophe and hyphen as they are', () => {
    expect(hyphenated('fr', 'l’ambassadeur gris-bleu porte-conteneurs')).toBe('l’am·bas·sa·deur gris-bleu porte-conte·neurs');
  });
});

describe('hyphenateArticleHtml', () => {
  const html =
    '<article><header><h1>Internationalisation considérable</h1><p class="standfirst">Une situation exceptionnelle.</p></header>' +
    '<p>Le <abbr title="x">secrétariat</abbr> a <code>internationalisation()</code> examiné <time datetime="2023">décembre</time>.</p>' +
    '<p lang="en">The committee discussed maintenance.</p><p lang="ja">internationalisation</p>' +
    '<p>Voir <a href="https://example.org/internationalisation">https://example.org/internationalisation</a> et <a href="#s">la documentation</a>.</p></article>';
  const out = shown(hyphenateArticleHtml(html, 'fr'));

  it('hyphenates paragraphs, the standfirst and link texts in the text’s language', () => {
    expect(out).toContain('Une si·tua·tion ex·cep·tion·nelle.');
    expect(out).toContain('a <code>internationalisation()</code> exa·miné');
    expect(out).toContain('<p lang="en">The com·mit·tee dis·cussed main·te·nance.</p>');
    expect(out).toContain('<a href="#s">la do·cu·men·ta·tion</a>');
  });

  it('leaves headings, abbreviations, code, times, URLs and languages without patterns alone', () => {
    expect(out).toContain('<h1>Internationalisation considérable</h1>');
    expect(out).toContain('<abbr title="x">secrétariat</abbr>');
    expect(out).toContain('<time datetime="2023">décembre</time>');
    expect(out).toContain('<p lang="ja">internationalisation</p>');
    expect(out).toContain('<a href="https://example.org/internationalisation">https://example.org/internationalisation</a>');
  });

  it('changes nothing but the soft hyphens', () => {
    expect(out.replaceAll('·', '')).toBe(html);
  });

  it('is not applied to the web page (nor the EPUB: both are made from the untouched document)', async () => {
    const document = sampleDocument();
    const before = document.articleHtml;
    expect(await renderWebPage(document)).not.toContain(SOFT_HYPHEN);
    expect(document.articleHtml).toBe(before);
  });
});

describe('softHyphenEdits: the text of Chromium’s soft hyphens', () => {
  const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
  // "se­cré­taire" on one line, then "ambassa­" + visible hyphen at a line end, then "deur".
  const chromium =
    '/P <</MCID 0>> BDC q BT /F4 14 Tf 1 0 0 -1 0 20 Tm <0010> Tj 7 0 Td <0011> Tj\n' +
    '/Span<</ActualText <feff00ad> >> BDC\n7 0 Td <0001> Tj\nEMC\n0 0 Td <0012> Tj\n' +
    '/Span<</ActualText <feff00ad> >> BDC\n7 0 Td <0001> Tj\nEMC\nET\n' +
    'BT\n/F4 14 Tf\n1 0 0 -1 400 20 Tm\n<00b2> Tj\nET\n' +
    'BT /F4 14 Tf 1 0 0 -1 0 40 Tm <0013> Tj ET Q EMC';

  it('silences soft hyphens where the line does not break, and the visible hyphen where it does', () => {
    const { edits, counts } = softHyphenEdits(parseContentStream(latin1(chromium)));
    expect(counts).toEqual({ unbroken: 1, lineEnds: 1 });
    const out = Buffer.from(editContent(latin1(chromium), edits)).toString('latin1');
    expect(out).toBe(
      chromium
        .replace('/Span<</ActualText <feff00ad> >> BDC\n7 0 Td <0001>', '/Span <</ActualText ()>> BDC\n7 0 Td <0001>')
        .replace('BT\n/F4 14 Tf\n1 0 0 -1 400 20 Tm\n<00b2> Tj\nET\n', '/Span <</ActualText ()>> BDC\nBT\n/F4 14 Tf\n1 0 0 -1 400 20 Tm\n<00b2> Tj\nET\nEMC\n\n'),
    );
    // The same operators, balanced: only the marked content around the marks changed.
    const operators = parseContentStream(latin1(out)).map((operation) => operation.operator);
    expect(operators.filter((operator) => operator === 'BDC').length).toBe(operators.filter((operator) => operator === 'EMC').length);
  });

  it('leaves a stream without soft hyphens, or a one-glyph text object after ordinary text, alone', () => {
    const plain = 'BT <0010> Tj ET BT <00b2> Tj ET';
    expect(softHyphenEdits(parseContentStream(latin1(plain))).edits).toEqual([]);
  });
});
