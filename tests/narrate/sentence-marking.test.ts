import { describe, expect, it } from 'vitest';
import { parseMarkup, serializeXhtml } from '../../src/epub/xhtml-serializer.js';
import { markSentences } from '../../src/narrate/index.js';
import { renderSmil } from '../../src/narrate/smil.js';

/** Marks a fixture and returns the marked XHTML and what each sentence says. */
function mark(html: string, language = 'fr') {
  const tree = parseMarkup(html);
  const marked = markSentences(tree, language);
  const spoken = marked.items.flatMap((item) => (item.kind === 'sentence' ? [item.speech] : []));
  return { xhtml: serializeXhtml(tree.children), spoken, ...marked };
}

describe('sentence marking', () => {
  it('marks each sentence with a stable id, in reading order, and leaves the text as it was', () => {
    const fixture = '<article><h1>Le titre</h1><p>Première phrase. Deuxième phrase\u00a0? Troisième.</p></article>';
    const first = mark(fixture);
    expect(first.xhtml).toBe('<article><h1><span id="s-1">Le titre</span></h1><p><span id="s-2">Première phrase.</span> <span id="s-3">Deuxième phrase\u00a0?</span> <span id="s-4">Troisième.</span></p></article>');
    expect(mark(fixture).xhtml).toBe(first.xhtml);
    expect(first.xhtml.replace(/<\/?span[^>]*>/g, '')).toBe(fixture);
  });

  it('speaks the whole reading order: title, standfirst, figure alt text and caption, table caption and cells, notes', () => {
    const { spoken } = mark(
      '<article><header><h1>Titre</h1><p class="standfirst">Le chapeau.</p></header>' +
        '<figure><img src="images/a.png" alt="Une photo du port."/><figcaption>La légende.</figcaption></figure>' +
        '<table><caption>Le tableau.</caption><tr><th scope="col">Année</th></tr><tr><td>2023</td></tr></table>' +
        '<section role="doc-endnotes"><ol><li id="fn1"><p>La note. <a href="#r1" role="doc-backlink">↩</a></p></li></ol></section></article>',
    );
    expect(spoken).toEqual(['Titre', 'Le chapeau.', 'Une photo du port.', 'La légende.', 'Le tableau.', 'Année', '2023', 'La note.']);
  });

  it('puts the id on an element that is a whole sentence (an image, a contents link) instead of wrapping it', () => {
    const { xhtml } = mark('<nav><ol><li><a href="article.xhtml#h">Chapitre</a></li></ol></nav><figure><img src="a.png" alt="Photo."/></figure>');
    // The nav's li keeps its `a` as only child, as the EPUB navigation document's content model wants.
    expect(xhtml).toBe('<nav><ol><li><a href="article.xhtml#h" id="s-1">Chapitre</a></li></ol></nav><figure><img src="a.png" alt="Photo." id="s-2"/></figure>');
  });

  it('reads an abbreviation expanded, unless the expansion was just said', () => {
    // Fails without the `abbr` case of spokenAlternative (speech-text.ts).
    expect(mark('<p>L’<abbr title="Organisation du traité de l’Atlantique Nord">OTAN</abbr> se réunit.</p>').spoken).toEqual(['L’Organisation du traité de l’Atlantique Nord se réunit.']);
    // Fails without `expandedBefore` (speech-text.ts): the expansion would be said twice.
    expect(mark('<p>L’Organisation du traité de l’Atlantique Nord (<abbr title="Organisation du traité de l’Atlantique Nord">OTAN</abbr>) se réunit.</p>').spoken).toEqual([
      'L’Organisation du traité de l’Atlantique Nord (OTAN) se réunit.',
    ]);
  });

  it('never spells out a URL: it says the host, and a `?` inside a URL ends no sentence', () => {
    // Fails without speakableUrls (speech-text.ts); the second sentence count fails without the URL mask in splitIntoSentences.
    const { spoken } = mark('<p>Lire https://www.example.org/2023/06/article?id=12. Ensuite.</p>');
    expect(spoken).toEqual(['Lire example.org.', 'Ensuite.']);
    expect(mark('<dl><dd>urn:uuid:3a3343da-6293-58cb-bcfb-08534c9c00f3</dd></dl>').spoken).toEqual(['UUID']);
  });

  it('reads MathML from its alttext or aria-label, else its text', () => {
    const { spoken } = mark('<p><math alttext="x au carré"><msup><mi>x</mi><mn>2</mn></msup></math> est positif.</p><p><math aria-label="y plus un"><mi>y</mi></math>.</p><p><math><mi>z</mi></math>.</p>');
    expect(spoken).toEqual(['x au carré est positif.', 'y plus un .', 'z.']);
  });

  it('skips page-break markers and hidden content in speech, and lists the markers in the overlay', () => {
    const { spoken, items, xhtml } = mark('<article><p>Avant la page. <span epub:type="pagebreak" role="doc-pagebreak" id="page-2" title="2"></span>Après. <span aria-hidden="true">Caché.</span></p><nav hidden=""><ol><li><a href="#x">Liste</a></li></ol></nav></article>');
    expect(spoken).toEqual(['Avant la page.', 'Après.']);
    expect(items.map((item) => `${item.kind}:${item.id}`)).toEqual(['sentence:s-1', 'pagebreak:page-2', 'sentence:s-2']);
    // The marker stays outside every sentence span.
    expect(xhtml).toContain('<span id="s-1">Avant la page.</span> <span epub:type="pagebreak" role="doc-pagebreak" id="page-2" title="2"></span><span id="s-2">Après.</span>');
    // In the overlay, the marker's par is typed pagebreak and has no audio (Ace: epub-pagelist-mediaoverlays).
    const smil = renderSmil({ textHref: 'article.xhtml', audioHref: 'audio/article.mp3', items, clips: new Map([['s-1', { begin: 0, end: 1 }], ['s-2', { begin: 1.2, end: 2 }]]) });
    expect(smil).toContain('<par id="par-2" epub:type="pagebreak"><text src="article.xhtml#page-2"/></par>');
    expect(smil).toContain('<par id="par-3"><text src="article.xhtml#s-2"/><audio src="audio/article.mp3" clipBegin="1.200s" clipEnd="2.000s"/></par>');
  });

  it('takes another id prefix when the document already has s-N ids', () => {
    expect(mark('<p id="s-1">Une phrase.</p>').xhtml).toBe('<p id="s-1"><span id="sentence-1">Une phrase.</span></p>');
  });

  it('counts text it cannot say', () => {
    expect(mark('<p>Du texte.</p>').unspoken).toBe(0);
    expect(mark('<p><svg role="img"><text>Visible</text></svg></p>').unspoken).toBe(1);
  });

  it('does not overflow the stack on a deeply nested article', () => {
    const depth = 20_000;
    const tree = parseMarkup(`<article>${'<div>'.repeat(depth)}<p>Au fond.</p>${'</div>'.repeat(depth)}</article>`);
    expect(markSentences(tree, 'fr').items).toEqual([{ kind: 'sentence', id: 's-1', speech: 'Au fond.' }]);
  });
});
