import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AuditTarget, audit } from '../../src/audit/audit.js';
import { forgetAxeResults } from '../../src/audit/axe/run-axe.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { renderWebPage } from '../../src/render/web-page.js';
import { testBrowserPath } from '../support/browser.js';
import { sampleDocument } from '../support/sample-document.js';
import { PARITY_FIXTURES } from './ace-parity-fixtures.js';
import { brokenEpub, replaceIn } from './epub-fixture.js';

/**
 * Issue 15, decision 2: the audit reuses axe's findings for byte-identical documents (src/audit/axe/axe-memo.ts)
 * and writes an EPUB's next XHTML document into an open page instead of navigating (load-in-place.ts), and must
 * find exactly what it finds without. Every EPUB rule's failing fixture (the Ace parity set: package rules, page
 * rules, navigation, axe's rules on content documents) and failing web pages are audited with the reuse off
 * (every document navigated to on a page of its own), then on one page (all in place), then on two pages, then
 * again (from the memo), and the finding lists compared exactly.
 */
let browser: RenderingBrowser;
beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath(), pages: 2 });
});
afterAll(async () => {
  await browser?.close();
});

const page = (head: string, body: string, lang = ' lang="en"') =>
  `<!DOCTYPE html><html${lang}><head><meta charset="utf-8" /><title>Page</title>${head}</head><body><main><h1>Page</h1>${body}</main></body></html>`;
const WEB_PAGES: Record<string, () => Promise<string>> = {
  'Colophon’s web page of the sample': async () => renderWebPage(sampleDocument()),
  'an image without alt, a page without lang': async () => page('', '<p>Text</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />', ''),
  'low contrast, a javascript: link': async () => page('<style>p { color: #bbb; background: #fff; }</style>', '<p>Pale <a href="javascript:alert(1)">text</a></p>'),
  'a meta refresh (page-navigates)': async () => page('<meta http-equiv="refresh" content="0;url=https://example.org/" />', '<p>Text</p>'),
};

const AXE_RULES = new Set(axe.getRules().map((rule) => rule.ruleId));

/** Each target, and whether it must have findings: every fixture failing one of axe's rules (what the memo reuses), every failing web page. */
/** EPUBs whose documents must not be written in place, and whether they have findings. */
const EPUBS_NOT_IN_PLACE: Record<string, [(files: Map<string, string>) => void, boolean]> = {
  'a refresh in the second chapter (page-navigates)': [(files) => replaceIn(files, 'EPUB/chapter-2.xhtml', '<title>Endings</title>', '<title>Endings</title><meta http-equiv="refresh" content="0;url=https://example.org/"/>'), true],
  // Chromium shows its XML error page after a navigation; axe finds nothing there.
  'malformed XML in the first chapter': [(files) => replaceIn(files, 'EPUB/chapter-1.xhtml', '</h1>', '</h2>'), false],
};

const targets: Array<[string, () => Promise<AuditTarget>, boolean]> = [
  ...Object.entries(EPUBS_NOT_IN_PLACE).map(([name, [edit, failing]]): [string, () => Promise<AuditTarget>, boolean] => [`EPUB: ${name}`, async () => ({ file: 'book.epub', kind: 'epub', bytes: await brokenEpub(edit) }), failing]),
  ...PARITY_FIXTURES.map((fixture): [string, () => Promise<AuditTarget>, boolean] => [
    `EPUB: ${fixture.name}`,
    async () => ({ file: 'book.epub', kind: 'epub', bytes: await brokenEpub(fixture.edit) }),
    fixture.ace.some((rule) => AXE_RULES.has(rule)),
  ]),
  ...Object.entries(WEB_PAGES).map(([name, html]): [string, () => Promise<AuditTarget>, boolean] => [
    `web page: ${name}`,
    async () => ({ file: 'index.html', kind: 'html', bytes: new TextEncoder().encode(await html()) }),
    !name.startsWith('Colophon'),
  ]),
];

describe('axe findings reused for byte-identical documents are the findings axe gives', () => {
  // Fails when the memo is never consulted (runAxeOnDocuments without the lookup): the third audit then loads pages;
  // and when a document written in place is not the one audited (loadInPlace without its replaceChild): the one-page audit differs.
  it.each(targets)('%s', { timeout: 120_000 }, async (_, target, failing) => {
    const bytes = await target();
    const options = { browser, pdfThumbnails: false };
    const without = await audit([bytes], { ...options, reuseAxeResults: false });
    // On one page: every document after the first written in place into it.
    forgetAxeResults(browser);
    const onePage = await audit([bytes], { ...options, axePages: 1 });
    forgetAxeResults(browser);
    const first = await audit([bytes], options);
    const pages = vi.spyOn(browser, 'withPage');
    const reused = await audit([bytes], options);
    const pagesOpened = pages.mock.calls.length;
    pages.mockRestore();
    if (failing) expect(without.findings.length).toBeGreaterThan(0);
    expect(onePage.findings).toEqual(without.findings);
    expect(first.findings).toEqual(without.findings);
    expect(reused.findings).toEqual(without.findings);
    expect(pagesOpened).toBe(0);
  });

  // Fails when the memo reuses findings on the document's bytes alone (AxeMemo.lookup without its `loads` check):
  // the chapter is the same, but the stylesheet it loads makes its text unreadable.
  it('a document whose stylesheet changed is audited again', { timeout: 120_000 }, async () => {
    const clean = await brokenEpub(() => {});
    const pale = await brokenEpub((files) => replaceIn(files, 'EPUB/style.css', 'color: #111;', 'color: #eee;'));
    const options = { browser, pdfThumbnails: false };
    expect((await audit([{ file: 'book.epub', kind: 'epub', bytes: clean }], options)).findings.filter((finding) => finding.ruleId === 'color-contrast')).toEqual([]);
    const paleFindings = (await audit([{ file: 'book.epub', kind: 'epub', bytes: pale }], options)).findings;
    expect(paleFindings.filter((finding) => finding.ruleId === 'color-contrast').length).toBeGreaterThan(0);
    expect(paleFindings).toEqual((await audit([{ file: 'book.epub', kind: 'epub', bytes: pale }], { ...options, reuseAxeResults: false })).findings);
  });

  it('findings keep the name of the file they are found in, whatever it was called the first time', async () => {
    const bytes = new TextEncoder().encode(page('', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />'));
    await audit([{ file: 'first.html', kind: 'html', bytes }], { browser, pdfThumbnails: false });
    const second = await audit([{ file: 'second.html', kind: 'html', bytes }], { browser, pdfThumbnails: false });
    expect(second.findings.map((finding) => finding.location.file)).toEqual(second.findings.map(() => 'second.html'));
    expect(second.findings.some((finding) => finding.ruleId === 'image-alt')).toBe(true);
  });
});
