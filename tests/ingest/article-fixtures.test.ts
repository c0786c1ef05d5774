import { describe, expect, it } from 'vitest';
import { blockPerLine, documentOf, fixturePath, matchesGolden, SAMPLE_DIR } from '../support/pipeline.js';

/** Each fixture folder: the input, and expected.html, the semantic article it must become. */
const CASES: Array<[golden: string, input: string]> = [
  ['kfor-otan-ue', SAMPLE_DIR],
  ['english-scrape', fixturePath('articles', 'english-scrape')],
  ['markdown-figure', fixturePath('articles', 'markdown-figure', 'article.md')],
  ['unsure-leftover', fixturePath('articles', 'unsure-leftover')],
  ['markdown-rich', fixturePath('articles', 'markdown-rich', 'article.md')],
];

describe('input → semantic HTML (golden files)', () => {
  it.each(CASES)('%s', async (golden, input) => {
    const document = await documentOf(input);
    const { expected, actual } = matchesGolden(blockPerLine(document.articleHtml), fixturePath('expected', `${golden}.html`));
    expect(actual).toBe(expected);
  });
});

describe('what the sample article becomes', () => {
  it('drops the scrape leftovers and keeps every body paragraph', async () => {
    const document = await documentOf(SAMPLE_DIR);
    expect(document.articleHtml).not.toContain('Comment (0)');
    expect(document.articleHtml.match(/<p>/g)?.length).toBeGreaterThanOrEqual(10);
    expect(document.articleHtml).toContain('1244 du Conseil de sécurité');
  });

  it('makes the standfirst the lead and the caption line a figure with its credit', async () => {
    const document = await documentOf(SAMPLE_DIR);
    expect(document.articleHtml).toMatch(/<p class="standfirst">Depuis plus de deux décennies/);
    expect(document.figures).toHaveLength(1);
    expect(document.figures[0]?.credit).toBe('Source\u00a0: OTAN');
    expect(document.figures[0]?.caption).toMatch(/^Le secrétaire général adjoint de l’OTAN, .* le 14 juin\.$/);
  });

  it('keeps an unsure last line and says so', async () => {
    const document = await documentOf(fixturePath('articles', 'unsure-leftover'));
    expect(document.articleHtml).toContain('<p>Newsletter</p>');
    expect(document.warnings.map((warning) => warning.code)).toContain('LEFTOVER_UNSURE');
  });
});

describe('Markdown beyond CommonMark', () => {
  it('renders footnotes as notes with back-links, tables with scoped headers, and abbreviations', async () => {
    const html = (await documentOf(fixturePath('articles', 'markdown-rich', 'article.md'))).articleHtml;
    expect(html).toContain('<sup><a href="#note-1" id="note-ref-1" role="doc-noteref">1</a></sup>');
    expect(html).toContain('<section class="footnotes" aria-labelledby="notes-title" role="doc-endnotes"><h2 id="notes-title">Notes</h2><ol><li id="note-1">');
    expect(html).toContain('<a href="#note-ref-1" aria-label="Retour au texte" role="doc-backlink">↩</a>');
    expect(html).toContain('id="note-ref-1-1"');
    expect(html).toContain('<th scope="col">Poste</th>');
    expect(html).toContain('<abbr title="Direction générale des Finances publiques">DGFiP</abbr>');
  });
});
