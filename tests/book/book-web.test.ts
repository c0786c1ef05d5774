import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { locateBrowser } from '../../src/config/browser-location.js';
import { type Element, findElements, parseFragment, textOf } from '../../src/markup/html-tree.js';
import { type PublishResult, publish } from '../../src/publish/publish.js';
import { type BookFixture, writeBookFixture } from './book-fixture.js';

const CHAPTERS = 3;

describe("a book's web edition: a contents page and one page per chapter", () => {
  let fixture: BookFixture;
  let browser: RenderingBrowser;
  let out: string;
  let result: PublishResult;
  /** Every written page, parsed. */
  const pages = new Map<string, ReturnType<typeof parseFragment>>();
  const linksOf = (name: string): Element[] => findElements(pages.get(name)!, (element) => element.name === 'a');

  beforeAll(async () => {
    // Chapters of ~250 KB: each is split in pieces at its `h3`s, so a footnote reference (section 1) and its note
    // (the chapter's end) land on different pages, as do their back-links.
    fixture = await writeBookFixture({ chapters: CHAPTERS, sections: 4, paragraphsPerSection: 150 });
    out = await mkdtemp(join(tmpdir(), 'colophon-book-web-'));
    browser = await RenderingBrowser.launch({ executablePath: locateBrowser({ environment: process.env }) });
    result = await publish({ input: fixture.folder, outDir: out, formats: ['html'], audit: true, browser });
    for (const name of await readdir(result.outputDir)) {
      if (name.endsWith('.html') && name !== 'report.html') pages.set(name, parseFragment(await readFile(join(result.outputDir, name), 'utf8')));
    }
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    if (fixture) await rm(fixture.folder, { recursive: true, force: true });
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('index.html lists every division, each linking to a page that opens with it', () => {
    // Fails when make-outputs.ts renders the single-page renderWebPage again (no chapter pages, no contents).
    const toc = findElements(pages.get('index.html')!, (element) => element.attribs['role'] === 'doc-toc')[0]!;
    const entries = findElements(toc, (element) => element.name === 'a').map((link) => [link.attribs['href']!, textOf(link).trim()] as const);
    const divisions = ['Dedication', 'Foreword', 'Preface', ...fixture.chapterTitles, 'Acknowledgments', 'Appendix: tide tables', 'Glossary'];
    for (const title of divisions) {
      const entry = entries.find(([, text]) => text === title);
      expect(entry, title).toBeDefined();
      const heading = findElements(pages.get(entry![0])!, (element) => element.name === 'h2')[0]!;
      expect(textOf(heading).trim()).toBe(title);
    }
    // Every page but the contents is listed once, in the order the next links follow.
    expect(entries.map(([href]) => href).sort()).toEqual([...pages.keys()].filter((name) => name !== 'index.html').sort());
    expect(result.outputs.html?.name).toBe('index.html');
  });

  it('chains every chapter page by previous / next links, in the order of the contents', () => {
    const toc = findElements(pages.get('index.html')!, (element) => element.attribs['role'] === 'doc-toc')[0]!;
    const order = findElements(toc, (element) => element.name === 'a').map((link) => link.attribs['href']!);
    expect(order.length).toBeGreaterThan(9 + CHAPTERS); // the big chapters are in several pages
    order.forEach((name, index) => {
      const nav = findElements(pages.get(name)!, (element) => element.name === 'nav' && element.attribs['aria-label'] === 'Chapters')[0]!;
      const rel = (value: string) => findElements(nav, (element) => element.attribs['rel'] === value).map((link) => link.attribs['href']);
      expect(rel('prev'), name).toEqual(index > 0 ? [order[index - 1]] : []);
      expect(rel('next'), name).toEqual(index < order.length - 1 ? [order[index + 1]] : []);
      expect(findElements(nav, (element) => element.attribs['href'] === 'index.html')).toHaveLength(1);
    });
  });

  it('resolves every internal link to an existing page and id', () => {
    // Fails when renderWebEdition's call to linkAcrossFiles is removed (checked): `#c5-note-1` stays on the page
    // of the reference while the note is on the chapter's last page.
    const ids = new Map([...pages].map(([name, tree]) => [name, new Set(findElements(tree, (element) => element.attribs['id'] !== undefined).map((element) => element.attribs['id']))]));
    const broken: string[] = [];
    let crossPage = 0;
    for (const name of pages.keys()) {
      for (const link of linksOf(name)) {
        const href = link.attribs['href'] ?? '';
        if (/^[a-z]+:/i.test(href)) continue;
        const [file, id] = href.split('#');
        const target = file || name;
        if (file && file !== name && id) crossPage += 1;
        if (!ids.has(target)) broken.push(`${name}: ${href} (no such page)`);
        else if (id && !ids.get(target)!.has(decodeURIComponent(id))) broken.push(`${name}: ${href} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
    expect(crossPage).toBeGreaterThanOrEqual(2 * CHAPTERS); // note references and their back-links, across pages
  });

  it('audits every page, and finds nothing', () => {
    // Would fail if make-outputs.ts audited only index.html (not mutation-checked); its findings test caught target-size on the first chapter nav.
    const audited = result.report!.files.map((file) => file.file).sort();
    expect(audited).toEqual([...pages.keys()].sort());
    expect(result.findings.filter((finding) => finding.location.file.endsWith('.html'))).toEqual([]);
  });
});
