import { describe, expect, it } from 'vitest';
import { articleTextOf, parseArticle } from '../../src/pagination/article-text.js';
import { spliceInsert } from '../../src/pagination/print-only-text.js';
import { nextPlan } from '../../src/pdf/print-edition.js';
import { layOutBook, printedContents } from '../../src/render/printed-contents.js';

const divisions = ['c1-title', 'c2-title', 'c3-title', 'c4-title'].map((titleId, index) => ({ titleId, title: `Part <${index + 1}> & co` }));

describe('laying out a book for print', () => {
  it('plans a blank page before each division found on an even page, and moves the later ones', () => {
    // Fails without the shift in nextPlan (`let page = found[index]! + shift` made `found[index]!`: checked).
    const plan = nextPlan(divisions, [3, 4, 6, 9], new Set(), true);
    expect(plan.pages).toEqual([3, 5, 7, 11]);
    expect([...plan.blankBefore]).toEqual(['c2-title', 'c4-title']);
  });

  it('drops a blank page that now puts its division on an even page, and adds one where the move makes it even', () => {
    // Fails when nextPlan only ever shifts forward (`shift += blank ? -1 : 1` made `shift += 1`: checked).
    // Pages 3-4 c1, 5 blank, 6-8 c2, 9-10 c3, 11 blank, 12 c4: c2 loses its blank (5), c3 then on 8 gains one (9), c4 loses its own (11).
    const plan = nextPlan(divisions, [3, 6, 9, 12], new Set(['c2-title', 'c4-title']), true);
    expect(plan.pages).toEqual([3, 5, 9, 11]);
    expect([...plan.blankBefore]).toEqual(['c3-title']);
  });

  it('adds no blank page without recto', () => {
    expect(nextPlan(divisions, [3, 4, 6, 9], new Set(), false)).toEqual({ pages: [3, 4, 6, 9], blankBefore: new Set() });
  });

  it('writes the contents escaped, with placeholders before the pages are known, and puts them before the first division', () => {
    const first = printedContents(divisions, 'en')!;
    expect(first.beforeId).toBe('c1-title');
    expect(first.html).toContain('Part &lt;1&gt; &amp; co');
    expect(first.html.match(/>0000</g)).toHaveLength(4);
    const numbered = printedContents(divisions, 'fr', [3, 5, undefined, 9])!;
    expect(numbered.html).toContain('Table des matières');
    expect(numbered.html).toContain('<span class="toc-page">5</span>');
    expect(numbered.html).toContain('<span class="toc-page"></span>');
    const article = '<article><h1>T</h1><section role="doc-chapter" aria-labelledby="c1-title"><h2 id="c1-title">A</h2></section><section role="doc-chapter" aria-labelledby="c2-title"><h2 id="c2-title">B</h2></section></article>';
    const laidOut = layOutBook(article, { contents: first, blankBefore: new Set(['c1-title', 'c2-title']) });
    expect(laidOut.indexOf('printed-contents')).toBeLessThan(laidOut.indexOf('blank-verso'));
    expect(laidOut.match(/<div class="blank-verso" aria-hidden="true"><\/div><section/g)).toHaveLength(2);
  });

  it('splices print-only text into the article text and maps page starts back to where it stands', () => {
    // Fails when toArticle does not send offsets inside the insert to its place (its `offset < at + inserted.length ? at :` removed: checked).
    const tree = parseArticle('<article><p>Opening words.</p><section><h2 id="c1-title">First</h2><p>Body.</p></section></article>');
    const article = articleTextOf(tree);
    const spliced = spliceInsert(tree, article, { beforeId: 'c1-title', html: '<nav><h2>Contents</h2></nav>' });
    expect(spliced.comparable).toBe('openingwordscontentsfirstbody');
    const at = 'openingwords'.length;
    expect(spliced.toArticle(at + 3)).toBe(at);
    expect(spliced.toArticle(spliced.comparable.indexOf('first'))).toBe(article.comparable.indexOf('first'));
    expect(spliced.fromArticle(article.comparable.indexOf('first'))).toBe(spliced.comparable.indexOf('first'));
    expect(spliceInsert(tree, article, { beforeId: 'missing', html: '<p>x</p>' }).comparable).toBe(article.comparable);
  });
});
