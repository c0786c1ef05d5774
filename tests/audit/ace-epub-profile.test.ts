import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { testBrowserPath } from '../support/browser.js';
import { brokenEpub, replaceIn } from './epub-fixture.js';

/**
 * Ace's axe configuration for EPUB (src/audit/axe/ace-epub-profile.ts), without running Ace: each part of it, on a copy
 * of the clean EPUB that it changes the outcome of. (tests/audit/ace-parity.test.ts sets the same cases beside Ace.)
 */
const CHAPTER_2 = 'EPUB/chapter-2.xhtml';
const NAV = 'EPUB/nav.xhtml';

let browser: RenderingBrowser;

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
});

afterAll(async () => {
  await browser?.close();
});

async function epubRules(edit: (files: Map<string, string>) => void): Promise<string[]> {
  const result = await audit([{ file: 'book.epub', kind: 'epub', bytes: await brokenEpub(edit) }], { browser, reuseAxeResults: false });
  return [...new Set(result.findings.map((finding) => finding.ruleId))].sort();
}

const insert = (markup: string) => (files: Map<string, string>) => replaceIn(files, CHAPTER_2, '<p>By evening', `${markup}<p>By evening`);

describe('an EPUB is checked with Ace’s axe configuration', () => {
  it('the clean EPUB: nothing', async () => {
    expect(await epubRules(() => {})).toEqual([]);
  });

  // Fails when EPUB_AXE_TAGS (src/audit/epub/audit-epub.ts) leaves out best-practice: aria-allowed-role and landmark-unique are best-practice rules.
  it('best-practice rules run by default: a DPUB-ARIA role on an element that does not take it, two landmarks of one name', async () => {
    expect(await epubRules(insert('<aside role="doc-chapter"><p>Meanwhile.</p></aside>'))).toEqual(['aria-allowed-role']);
    expect(await epubRules(insert('<aside aria-label="Aside">One.</aside><aside aria-label="Aside">Two.</aside>'))).toEqual(['landmark-unique']);
  });

  // Fails when ACE_EPUB_AXE_SETUP's aria-allowed-role check is left out: axe-core 4.14 allows doc-endnote and doc-biblioentry only on list items.
  it('doc-endnote and doc-biblioentry are allowed on a div, as in Ace (deprecated all the same)', async () => {
    expect(await epubRules(insert('<div role="doc-endnote"><p>A note.</p></div><div role="doc-biblioentry"><p>A book.</p></div>'))).toEqual(['aria-deprecated-role']);
  });

  // Fails when ACE_EPUB_AXE_SETUP's landmark-one-main is left out: axe-core's asks every document for a main landmark.
  it('landmark-one-main as Ace has it: no main asked for (a second one is still axe’s landmark-no-duplicate-main)', async () => {
    expect(await epubRules((files) => replaceIn(files, CHAPTER_2, /<\/?main>/g, ''))).toEqual([]);
    expect(await epubRules((files) => replaceIn(files, CHAPTER_2, '</main>', '</main><main><p>Again.</p></main>'))).toEqual(['landmark-no-duplicate-main', 'landmark-unique']);
  });

  // Fails when aceRuleSwitches() (rules Ace turns off for EPUB) is not passed to axe.run: region, then page-has-heading-one.
  it('region and page-has-heading-one are off, as Ace turns them off for EPUB', async () => {
    expect(await epubRules(insert('</section></main><p>Outside every landmark.</p><main><section>'))).not.toContain('region');
    expect(await epubRules((files) => replaceIn(files, NAV, /<h1[^>]*>[^<]*<\/h1>/, '<p>Contents</p>'))).not.toContain('page-has-heading-one');
  });

  it('a web page is not an EPUB: axe-core’s own rules there (region reported)', async () => {
    const page = '<!DOCTYPE html><html lang="en"><head><title>Page</title></head><body><p>Outside every landmark.</p><main><h1>Page</h1></main></body></html>';
    const result = await audit([{ file: 'page.html', kind: 'html', bytes: new TextEncoder().encode(page) }], { browser, axeTags: ['best-practice'], reuseAxeResults: false });
    expect(result.findings.map((finding) => finding.ruleId)).toContain('region');
  });
});
