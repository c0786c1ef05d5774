import { describe, expect, it } from 'vitest';
import { buildEpub } from '../../src/epub/index.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { sampleDocument } from '../support/sample-document.js';
import { openEpub } from './epub-reader.js';

const paragraph = (n: number) => `<p>Paragraph ${n} of the long story, told at length so that the chapter grows past its limit.</p>`;

/** An article of `chapters` h2 chapters, each with `sections` h3 sections of `paragraphs` paragraphs, a note in the last chapter referred to from the first. */
function bookDocument(chapters: number, sections: number, paragraphs: number): SemanticDocument {
  const sample = sampleDocument();
  let n = 0;
  let body = '';
  for (let chapter = 1; chapter <= chapters; chapter += 1) {
    body += `<h2 id="chapter-${chapter}">Chapter ${chapter}</h2>`;
    if (chapter === 1) body += '<p>See the note.<sup><a href="#note-1" id="note-ref-1" role="doc-noteref">1</a></sup></p>';
    for (let section = 1; section <= sections; section += 1) {
      body += `<h3 id="s-${chapter}-${section}">Section ${chapter}.${section}</h3>`;
      for (let p = 0; p < paragraphs; p += 1) body += paragraph((n += 1));
    }
  }
  body += '<section class="footnotes" role="doc-endnotes" aria-labelledby="notes-title"><h2 id="notes-title">Notes</h2><ol><li id="note-1"><p>The note. <a href="#note-ref-1" role="doc-backlink">Back</a></p></li></ol></section>';
  return {
    ...sample,
    articleHtml: `<article aria-labelledby="article-title"><header><h1 id="article-title">${sample.metadata.title}</h1></header>${body}</article>`,
    headings: [{ level: 1, id: 'article-title', text: sample.metadata.title }, ...Array.from({ length: chapters }, (_, index) => ({ level: 2, id: `chapter-${index + 1}`, text: `Chapter ${index + 1}` }))],
    figures: [],
  };
}

async function documentsOf(document: SemanticDocument, maxPartBytes?: number) {
  const result = await buildEpub(document, maxPartBytes === undefined ? {} : { maxPartBytes });
  const epub = await openEpub(result.bytes);
  return { documents: result.documents.map((path) => path.replace('OEBPS/', '')), epub };
}

describe('EPUB content documents of a sane size', () => {
  it('keeps a short article with a subheading as one document, as before (the known-clean case)', async () => {
    // Fails when splitArticle's `isBook || sizeOf(body) > maxBytes / 2` condition is dropped (the sample's one h2 becomes a chapter).
    const { documents } = await documentsOf(sampleDocument());
    expect(documents).toEqual(['cover.xhtml', 'title-page.xhtml', 'toc.xhtml', 'article.xhtml', 'colophon.xhtml']);
  });

  it('gives a long article one document per h2 chapter, and rewrites a note link across files', async () => {
    // 3 chapters of ~40 KB: past half of the 64 KB limit, each within it.
    const { documents, epub } = await documentsOf(bookDocument(3, 4, 90), 64 * 1024);
    expect(documents.slice(3, -1)).toEqual(['article.xhtml', 'chapter-1.xhtml', 'chapter-2.xhtml', 'chapter-3.xhtml', 'chapter-4.xhtml']);
    const first = await epub.text('OEBPS/chapter-1.xhtml');
    expect(first).toMatch(/<section class="chapter" epub:type="chapter" role="doc-chapter" aria-labelledby="chapter-1"><h2 id="chapter-1">/);
    // Fails when the `link.attribs['href'] = file + target` rewrite in splitArticle is removed.
    expect(first).toContain('href="chapter-4.xhtml#note-1"');
    expect(await epub.text('OEBPS/chapter-4.xhtml')).toContain('href="chapter-1.xhtml#note-ref-1"');
    expect(await epub.text('OEBPS/toc.xhtml')).toContain('href="chapter-2.xhtml#chapter-2"');
  });

  it('splits a chapter longer than the limit at its h3 sections, every document within the limit', async () => {
    // Fails when splitBySize returns [group] unconditionally (chapters of ~60 KB over a 32 KB limit).
    const { documents, epub } = await documentsOf(bookDocument(2, 6, 100), 32 * 1024);
    const chapters = documents.filter((name) => name.startsWith('chapter-'));
    expect(chapters.length).toBeGreaterThan(4);
    for (const name of chapters) {
      const xhtml = await epub.text(`OEBPS/${name}`);
      expect(Buffer.byteLength(xhtml)).toBeLessThan(34 * 1024);
    }
    // Each piece after the first opens with an h3 section heading.
    expect(await epub.text(`OEBPS/${chapters[1]}`)).toMatch(/<body epub:type="bodymatter">\s*<div class="chapter-part"><h3 /);
  });

  it('splits an article without any heading between blocks when it is too long', async () => {
    // Fails when chunksOf returns [group] (no heading to split at: one document of ~100 KB).
    const sample = sampleDocument();
    const body = Array.from({ length: 900 }, (_, index) => paragraph(index)).join('');
    const document = { ...sample, articleHtml: `<article aria-labelledby="article-title"><header><h1 id="article-title">${sample.metadata.title}</h1></header>${body}</article>`, figures: [] };
    const { documents } = await documentsOf(document, 32 * 1024);
    expect(documents.filter((name) => name.startsWith('chapter-')).length).toBeGreaterThanOrEqual(2);
  });
});
