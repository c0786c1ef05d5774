import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { packageFindings } from '../../src/audit/epub/audit-epub.js';
import { readEpubPackage } from '../../src/audit/epub/read-epub-package.js';
import { EPUB_RULES } from '../../src/audit/epub/rules/index.js';
import { markupFindings } from '../../src/audit/html/audit-html.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { locateBrowser } from '../../src/config/browser-location.js';
import { buildEpub } from '../../src/epub/index.js';
import type { Finding } from '../../src/model/finding.js';
import { publish } from '../../src/publish/publish.js';
import { renderWebPage } from '../../src/render/web-page.js';
import { sampleDocument } from '../support/sample-document.js';
import { brokenEpub, replaceIn } from './epub-fixture.js';

/**
 * unsafe-url-scheme: a URL that runs script or reads files when a reader follows or loads it, in any HTML, XHTML or
 * SVG the audit reads (EPUB: every such file in the container; HTML: the page). The rule would have caught issue #18's
 * `<a href="javascript:…">` in anyone's EPUB colophon.
 *
 * Mutations checked: `unsafeUrlScheme` removed from EPUB_RULES (src/audit/epub/rules/index.ts) → every EPUB fixture
 * below fails; `...markupFindings(...)` removed from auditHtml → the HTML-through-audit() test fails; `normalizeUrl`
 * removed from unsafeScheme (src/audit/markup/unsafe-url-scheme.ts) → the tab and leading-space fixtures fail; local
 * names not used for attributes (`localName(name)` → `name`) → the SVG `xl:href` fixture fails.
 */

type Edit = (files: Map<string, string>) => void;

const CHAPTER_2 = 'EPUB/chapter-2.xhtml';
const CHAPTER_1 = 'EPUB/chapter-1.xhtml';
const SVG = 'EPUB/images/picture.svg';
const NAV = 'EPUB/nav.xhtml';

const linkInChapter = (href: string): Edit => (files) => replaceIn(files, CHAPTER_2, 'the quay was empty again.', `the quay was <a href="${href}">empty</a> again.`);

async function findingsOf(edit: Edit, version: 2 | 3 = 3): Promise<Finding[]> {
  const epub = await readEpubPackage(await brokenEpub(edit, version), 'book.epub');
  return packageFindings(epub, EPUB_RULES.filter((rule) => epub.epubVersion === 3 || !rule.epub3Only), 'book.epub');
}

describe('EPUB: each script-capable URL fails the rule, and only it', () => {
  it.each<[string, Edit, string]>([
    ['javascript: in the colophon-like chapter', linkInChapter('javascript:alert(1)'), CHAPTER_2],
    ['mixed-case JaVaScRiPt:', linkInChapter('JaVaScRiPt:alert(1)'), CHAPTER_2],
    ['vbscript:', linkInChapter('vbscript:msgbox(1)'), CHAPTER_2],
    ['tab-obfuscated (a character reference)', linkInChapter('java&#9;script:alert(1)'), CHAPTER_2],
    ['tab-obfuscated (a literal tab) with leading spaces', linkInChapter('  java\tscript:alert(1)'), CHAPTER_2],
    ['entity-encoded javascript:', linkInChapter('&#106;ava&#x73;cript&#58;alert(1)'), CHAPTER_2],
    ['data:text/html', linkInChapter('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='), CHAPTER_2],
    ['data:image/svg+xml in a link', linkInChapter('data:image/svg+xml,&lt;svg onload=alert(1)&gt;'), CHAPTER_2],
    ['file:', linkInChapter('file:///etc/passwd'), CHAPTER_2],
    ['javascript: in the navigation document', (files) => replaceIn(files, NAV, 'href="chapter-2.xhtml"', 'href="javascript:alert(1)"'), NAV],
    ['a meta refresh to javascript:', (files) => replaceIn(files, CHAPTER_2, '<meta charset="UTF-8"/>', '<meta charset="UTF-8"/>\n<meta http-equiv="Refresh" content="0; URL=\'javascript:alert(1)\'"/>'), CHAPTER_2],
    ['javascript: in an image srcset', (files) => replaceIn(files, CHAPTER_1, '<img src="images/picture.svg"', '<img srcset="javascript:alert(1) 2x" src="images/picture.svg"'), CHAPTER_1],
    [
      'an SVG image with xl:href="javascript:…" (the xlink namespace under another prefix)',
      (files) => {
        replaceIn(files, SVG, '<svg xmlns="http://www.w3.org/2000/svg"', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xl="http://www.w3.org/1999/xlink"');
        replaceIn(files, SVG, '</svg>', '<a xl:href="javascript:alert(1)"><text x="10" y="40">Tap</text></a></svg>');
      },
      SVG,
    ],
  ])('%s', async (_name, edit, document) => {
    const findings = await findingsOf(edit);
    expect([...new Set(findings.map((finding) => finding.ruleId))]).toEqual(['unsafe-url-scheme']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ source: 'epub', impact: 'critical', location: { file: 'book.epub', document } });
  });

  it('EPUB 2: a javascript: target in the NCX', async () => {
    const findings = await findingsOf((files) => replaceIn(files, 'EPUB/toc.ncx', /src="chapter-2.xhtml"/, 'src="javascript:alert(1)"'), 2);
    expect(findings.map((finding) => [finding.ruleId, finding.location.document])).toEqual([['unsafe-url-scheme', 'EPUB/toc.ncx']]);
  });
});

describe('known-clean: nothing from the rule', () => {
  it('the clean EPUB 3 and EPUB 2 fixtures', async () => {
    expect(await findingsOf(() => {})).toEqual([]);
    expect(await findingsOf(() => {}, 2)).toEqual([]);
  });

  it('images may be data:image/svg+xml (an image cannot run script), and links may be https, mailto or relative', async () => {
    const findings = await findingsOf((files) => {
      replaceIn(files, CHAPTER_1, 'src="images/picture.svg"', 'src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E"');
      linkInChapter('https://example.org/?q=javascript:')(files);
      replaceIn(files, CHAPTER_2, 'By evening', '<a href="mailto:desk@example.org">By</a> <a href="chapter-1.xhtml#harbour">evening</a>');
    });
    expect(findings.filter((finding) => finding.ruleId === 'unsafe-url-scheme')).toEqual([]);
  });

  it('Colophon’s own sample article: its web page and its EPUB', async () => {
    const result = await publish({ input: 'content/kfor-otan-ue', formats: ['html', 'epub'], audit: false, write: false });
    const html = result.outputs.html?.bytes;
    const epubBytes = result.outputs.epub?.bytes;
    if (!html || !epubBytes) throw new Error('the sample was not built');
    expect(markupFindings(html, 'index.html')).toEqual([]);
    const epub = await readEpubPackage(epubBytes, 'sample.epub');
    expect(epub.files.has('OEBPS/colophon.xhtml')).toBe(true);
    expect(packageFindings(epub, EPUB_RULES, 'sample.epub').filter((finding) => finding.ruleId === 'unsafe-url-scheme')).toEqual([]);
    // The test document the output stages are tested with, too (links to its source, publisher and licence).
    const sample = await readEpubPackage((await buildEpub(sampleDocument())).bytes, 'sample.epub');
    expect(packageFindings(sample, EPUB_RULES, 'sample.epub').filter((finding) => finding.ruleId === 'unsafe-url-scheme')).toEqual([]);
    expect(markupFindings(await renderWebPage(sampleDocument()), 'index.html')).toEqual([]);
  });
});

describe('HTML: the same rule on a web page', () => {
  const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>Page</title></head><body><main><h1>Page</h1>${body}</main></body></html>`;

  it.each([
    ['javascript:', '<a href="javascript:alert(1)">x</a>'],
    ['entity-encoded, with &Tab; and &colon;', '<a href="jav&Tab;ascript&colon;alert(1)">x</a>'],
    ['a form action', '<form action="javascript:alert(1)"><button formaction="vbscript:x">Go</button></form>'],
    ['an iframe of data:text/html', '<iframe src="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;" title="x"></iframe>'],
    ['an object of data:image/svg+xml', '<object data="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"></object>'],
    ['an inline SVG with xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
    ['a file: video poster', '<video poster="file:///etc/passwd"></video>'],
  ])('%s', (_name, body) => {
    const findings = markupFindings(page(body), 'page.html');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.ruleId === 'unsafe-url-scheme' && finding.source === 'html' && finding.impact === 'critical')).toBe(true);
  });

  it('a clean page: nothing', () => {
    expect(markupFindings(page('<a href="https://example.org/">x</a><img src="data:image/svg+xml,%3Csvg/%3E" alt="x">'), 'page.html')).toEqual([]);
  });
});

describe('through audit() with real Chromium', () => {
  let browser: RenderingBrowser;

  beforeAll(async () => {
    browser = await RenderingBrowser.launch({ executablePath: locateBrowser({ environment: process.env }) });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('an HTML file and an EPUB with a javascript: link each yield unsafe-url-scheme', async () => {
    const html = new TextEncoder().encode('<!DOCTYPE html><html lang="en"><head><title>Page</title></head><body><main><h1>Page</h1><p><a href="javascript:alert(1)">Source</a></p></main></body></html>');
    const epub = await brokenEpub(linkInChapter('javascript:alert(1)'));
    const result = await audit(
      [
        { file: 'page.html', kind: 'html', bytes: html },
        { file: 'book.epub', kind: 'epub', bytes: epub },
      ],
      { browser, pdfThumbnails: false },
    );
    const unsafe = result.findings.filter((finding) => finding.ruleId === 'unsafe-url-scheme');
    expect(unsafe.map((finding) => [finding.source, finding.location.file]).sort()).toEqual([
      ['epub', 'book.epub'],
      ['html', 'page.html'],
    ]);
    expect(result.files.find((file) => file.file === 'page.html')?.findings).toBeGreaterThan(0);
  }, 120_000);
});
