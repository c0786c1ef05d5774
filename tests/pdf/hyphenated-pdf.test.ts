import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPdf } from '../../src/audit/pdf/audit-pdf.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { buildPdf } from '../../src/pdf/index.js';
import { printToPdf } from '../../src/pdf/print-to-pdf.js';
import { rewritePageContents } from '../../src/pdf/page-content-rewrite.js';
import { hyphenateArticleHtml } from '../../src/render/hyphenation.js';
import { PRINT_PAGE_PATH, renderPrintPage } from '../../src/render/print-page.js';
import { PdfScratch, pdftotext, qpdfCheck } from '../support/poppler.js';
import { sampleDocument } from '../support/sample-document.js';
import { testBrowserPath } from '../support/browser.js';

const CHROMIUM = testBrowserPath();
const PARAGRAPH =
  'Le secrétaire général adjoint a rencontré l’ambassadeur. Les tensions se sont accrues ces derniers mois dans le nord du pays, ' +
  'où la mission de maintien de la paix reste déployée depuis 1999, malgré des interventions internationales extraordinairement compliquées.';

let browser: RenderingBrowser;
let scratch: PdfScratch;
/** A5 (narrow lines, so words break) with hyphenation, and the same without. */
let hyphenated: { bytes: Uint8Array; file: string };
let plain: { bytes: Uint8Array; file: string };

/** The paragraph's words rotated by `n`: lines end at different words in each. */
function variant(n: number): string {
  const words = PARAGRAPH.split(' ');
  return [...words.slice(n), ...words.slice(0, n)].join(' ');
}

function longDocument(): SemanticDocument {
  const document = sampleDocument();
  const paragraphs = Array.from({ length: 12 }, (_, n) => `<p>${variant(n)}</p>`).join('');
  return { ...document, articleHtml: document.articleHtml.replace('<h2 id="section-1">', `${paragraphs}<h2 id="section-1">`) };
}

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: CHROMIUM });
  scratch = await PdfScratch.create();
  const bytes = await buildPdf(longDocument(), { browser, pageSize: 'A5' });
  hyphenated = { bytes, file: await scratch.write('hyphenated.pdf', bytes) };
  const unhyphenated = await buildPdf(longDocument(), { browser, pageSize: 'A5', hyphenate: false });
  plain = { bytes: unhyphenated, file: await scratch.write('plain.pdf', unhyphenated) };
});

afterAll(async () => {
  await browser?.close();
  await scratch?.remove();
});

/**
 * The article's text: folios and running heads taken out at page breaks, lines joined where a word
 * was broken (a soft hyphen ends the line), spaces collapsed.
 */
function joined(text: string): string {
  return text
    .replace(/\s*\d+ \/ \d+\s*\f(?:L’OTAN et l’UE font le point sur le Kosovo)?\s*/g, '\n')
    .replace(/\u00ad\n/g, '')
    .replace(/\s+/g, ' ');
}

describe('a hyphenated print PDF', () => {
  it('breaks words at line ends, which an unhyphenated print does not', async () => {
    const text = await pdftotext(hyphenated.file);
    expect(text.match(/\u00ad\n/g)?.length ?? 0).toBeGreaterThan(5);
    expect(await pdftotext(plain.file)).not.toContain('\u00ad');
  });

  it('reads whole words: a soft hyphen only where a line breaks, never the hyphen Chromium drew there', async () => {
    const text = await pdftotext(hyphenated.file);
    // Where no line breaks, the words carry no mark at all (search finds them).
    expect(text.replace(/\u00ad\n/g, '')).not.toContain('\u00ad');
    expect(text).toContain('secrétaire général adjoint');
    // Where one does, the hyphen reads as U+00AD ("mainte\u00AD" / "nance"), not "mainte-" nor "mainte\u00AD-".
    expect(text).not.toMatch(/-\n/);
    for (let n = 0; n < 12; n += 1) expect(joined(text)).toContain(variant(n));
    const layout = await pdftotext(hyphenated.file, { layout: true });
    expect(layout).not.toMatch(/-\s*$/m);
  });

  it('gives each break the soft hyphen, in the tagged content itself', async () => {
    const site = await renderPrintPage(longDocument(), { pageSize: 'A5' });
    const printed = await PDFDocument.load(await printToPdf(browser, site, PRINT_PAGE_PATH), { updateMetadata: false });
    const counts = rewritePageContents(printed).softHyphens;
    expect(counts.lineEnds).toBeGreaterThan(5);
    expect(counts.unbroken).toBeGreaterThan(counts.lineEnds);
    const text = await pdftotext(hyphenated.file);
    expect(text.match(/\u00ad\n/g)?.length).toBe(counts.lineEnds);
  });

  it('still passes Colophon’s PDF/UA rules and qpdf', async () => {
    expect(await auditPdf(hyphenated.bytes, { file: 'hyphenated.pdf' })).toEqual([]);
    expect((await qpdfCheck(hyphenated.file)).exitCode).toBe(0);
  });

  it('hyphenates the same HTML the same way each time (the time it takes is in the benchmark)', () => {
    const document = longDocument();
    const html = hyphenateArticleHtml(document.articleHtml, 'fr');
    expect(html).toContain('\u00ad');
    expect(hyphenateArticleHtml(document.articleHtml, 'fr')).toBe(html);
  });
});
