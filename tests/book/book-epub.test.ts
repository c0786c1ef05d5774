import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../../src/markup/html-tree.js';
import { publish } from '../../src/publish/publish.js';
import { elementsNamed, openEpub, parseXml, type OpenedEpub } from '../epub/epub-reader.js';
import { runAceOnBytes } from '../support/ace.js';
import { describeMessages, runEpubcheckOnBytes } from '../support/epubcheck.js';
import { type BookFixture, writeBookFixture } from './book-fixture.js';

/** Every `href` of every XHTML document and the navigation, resolved: the file is in the EPUB and holds the id. */
async function brokenLinks(epub: OpenedEpub): Promise<string[]> {
  const documents = epub.entryNames.filter((name) => name.endsWith('.xhtml'));
  const ids = new Map<string, Set<string>>();
  const trees = new Map<string, ReturnType<typeof parseXml>>();
  for (const name of documents) {
    const tree = parseXml(await epub.text(name));
    trees.set(name, tree);
    const found = new Set<string>();
    const stack = [...tree.children];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if ('attribs' in node && node.attribs['id']) found.add(node.attribs['id']);
      if ('children' in node) stack.push(...node.children);
    }
    ids.set(name, found);
  }
  const broken: string[] = [];
  for (const [name, tree] of trees) {
    for (const link of elementsNamed(tree, 'a')) {
      const href = link.attribs['href'] ?? '';
      if (/^[a-z]+:/i.test(href)) continue;
      const [file, id] = href.split('#');
      const target = file ? `OEBPS/${file}` : name;
      if (!ids.has(target)) broken.push(`${name}: ${href} (no such document)`);
      else if (id && !ids.get(target)!.has(decodeURIComponent(id))) broken.push(`${name}: ${href} (no such id)`);
    }
  }
  return broken;
}

describe('a book of 40 chapters in separate files, with front and back matter', () => {
  let fixture: BookFixture;
  let epubBytes: Uint8Array;
  let epub: OpenedEpub;

  beforeAll(async () => {
    fixture = await writeBookFixture({ chapters: 40 });
    const result = await publish({ input: fixture.folder, formats: ['epub'], audit: false, write: false });
    epubBytes = result.outputs.epub!.bytes;
    epub = await openEpub(epubBytes);
  }, 120_000);
  afterAll(async () => {
    if (fixture) await rm(fixture.folder, { recursive: true, force: true });
  });

  it('has one content document per chapter and per division, each opening with its title and well under 200 KB', async () => {
    // Fails when chapter-split.ts's groupAt is made to return one group (everything in article.xhtml).
    const spine = elementsNamed(epub.packageDocument, 'itemref').map((ref) => ref.attribs['idref']);
    const items = new Map(elementsNamed(epub.packageDocument, 'item').map((item) => [item.attribs['id'], item.attribs['href']]));
    const hrefs = spine.map((id) => items.get(id)!);
    const titles: string[] = [];
    for (const href of hrefs) {
      const xhtml = await epub.text(`OEBPS/${href}`);
      expect(Buffer.byteLength(xhtml)).toBeLessThan(200 * 1024);
      const heading = elementsNamed(parseXml(xhtml), 'h2')[0];
      if (heading && /^chapter-/.test(href)) titles.push(textOf(heading).trim());
    }
    expect(titles).toEqual(['Dedication', 'Foreword', 'Preface', ...fixture.chapterTitles, 'Acknowledgments', 'Appendix: tide tables', 'Glossary']);
  });

  it('marks the front and back matter with their DPUB-ARIA roles, epub:type and landmarks', async () => {
    // Fails without the doc-* division roles in src/sanitize/policy.ts ALLOWED_ROLES (the sanitizer drops them, and the book is one document).
    const foreword = await epub.text('OEBPS/chapter-2.xhtml');
    expect(foreword).toMatch(/<section [^>]*role="doc-foreword"[^>]*epub:type="foreword"/);
    expect(foreword).toContain('<body epub:type="frontmatter">');
    expect(await epub.text('OEBPS/chapter-43.xhtml')).toMatch(/role="doc-chapter"[^>]*epub:type="chapter"/);
    const nav = parseXml(await epub.text('OEBPS/toc.xhtml'));
    const landmarks = elementsNamed(nav, 'nav').find((element) => element.attribs['epub:type'] === 'landmarks')!;
    const types = elementsNamed(landmarks, 'a').map((link) => [link.attribs['epub:type'], link.attribs['href']]);
    expect(types).toEqual(expect.arrayContaining([['bodymatter', 'chapter-4.xhtml'], ['foreword', 'chapter-2.xhtml'], ['appendix', 'chapter-45.xhtml'], ['glossary', 'chapter-46.xhtml']]));
  });

  it('resolves every internal link: table of contents, landmarks, notes and their back-links, figure credits', async () => {
    // Fails when splitArticle's rewrite of `#id` to `file#id` is removed (note links), or the toc's fileOf lookup (toc links).
    expect(await brokenLinks(epub)).toEqual([]);
    const colophon = await epub.text('OEBPS/colophon.xhtml');
    expect(colophon).toContain('href="chapter-4.xhtml#c4-figure-1"');
  });

  it('passes epubcheck with no error and no warning, and Ace with no violation', async () => {
    const check = await runEpubcheckOnBytes(epubBytes);
    expect(describeMessages([...check.errors, ...check.warnings])).toBe('');
    const ace = await runAceOnBytes(epubBytes);
    expect(ace.violations).toEqual([]);
  }, 300_000);
});

