import { afterEach, describe, expect, it, vi } from 'vitest';
import { speakMath } from '../../src/ingest/math/speech-engine.js';
import { documentOf, fixturePath } from '../support/pipeline.js';

const MATH_ARTICLE = fixturePath('articles', 'markdown-math', 'article.md');

// Issue #12 items 3 and 4, from Markdown to the semantic document (the outputs: tests/e2e/kitchen-sink.test.ts).
describe('math in Markdown', () => {
  it('keeps inline MathML and turns TeX ($…$, $$…$$) into MathML, each with its spoken form in the article’s language', async () => {
    const document = await documentOf(MATH_ARTICLE);
    const maths = document.articleHtml.match(/<math\b[^>]*>/g) ?? [];
    expect(maths).toEqual([
      '<math alttext="F égale un-demi rhô g de h au carré">',
      '<math alttext="P égale rhô g de h">',
      '<math display="block" alttext="T égale 2 pi la racine carrée de L sur g">',
    ]);
    expect(document.articleHtml).toContain('<msqrt><mfrac><mi>L</mi><mi>g</mi></mfrac></msqrt>');
    // The TeX source stays as a text annotation, which MathML readers may offer.
    expect(document.articleHtml).toContain('<annotation encoding="application/x-tex">T = 2\\pi \\sqrt{\\frac{L}{g}}</annotation>');
  });

  it('keeps TeX that cannot be read as code, with a note; dollar amounts stay text', async () => {
    const document = await documentOf(MATH_ARTICLE);
    expect(document.articleHtml).toContain('<code>$\\frac{a$</code>');
    expect(document.articleHtml).toContain('un prix de $5 et de $10 reste du texte');
    expect(document.warnings.find((warning) => warning.code === 'MATH_INVALID')?.message).toMatch(/\\frac\{a/);
  });

  it('drops nothing from the math article', async () => {
    const document = await documentOf(MATH_ARTICLE);
    expect(document.findings ?? []).toEqual([]);
  });
});

describe('the speech engine', () => {
  afterEach(() => vi.restoreAllMocks());

  it('speaks English, French and German from the rule files in the package, and never fetches', async () => {
    const fetching = vi.spyOn(globalThis, 'fetch');
    const mathml = '<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>';
    expect(await speakMath([mathml], 'en-GB')).toEqual({ language: 'en', spoken: ['E equals m c squared'] });
    expect(await speakMath([mathml], 'fr')).toEqual({ language: 'fr', spoken: ['E égale m c au carré'] });
    expect(await speakMath([mathml], 'de')).toEqual({ language: 'de', spoken: ['E ist gleich m c Quadrat'] });
    expect(fetching).not.toHaveBeenCalled();
  });

  it('falls back to English for a language it has no rules for, and says nothing for what it cannot read', async () => {
    const result = await speakMath(['<math><mn>1</mn><mo>+</mo><mn>1</mn></math>', ''], 'pt');
    expect(result.language).toBe('en');
    expect(result.spoken[0]).toBe('1 plus 1');
    expect(result.spoken[1]).toBeUndefined();
  });
});

describe('tables in Markdown', () => {
  it('keep column alignment as classes, a pandoc caption, and header scope', async () => {
    // Fails without withAlignmentClass in the policy (src/sanitize/policy.ts) or withTableCaptions (src/ingest/markdown/table-caption.ts).
    const document = await documentOf(MATH_ARTICLE);
    const table = document.articleHtml.slice(document.articleHtml.indexOf('<table>'), document.articleHtml.indexOf('</table>'));
    expect(table).toContain('<caption>Hauteurs d’eau au port.</caption>');
    expect(table).toContain('<th scope="col" class="align-left">Marée</th>');
    expect(table).toContain('<th scope="col" class="align-center">Heure</th>');
    expect(table).toContain('<th scope="col" class="align-right">Hauteur (m)</th>');
    expect(table).toContain('<td class="align-right">4,85</td>');
    expect(table).not.toContain('style=');
    expect(document.articleHtml).not.toContain('Table:');
  });
});
