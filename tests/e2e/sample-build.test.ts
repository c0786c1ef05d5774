import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/audit/html/audit-html.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import type { AuditReport } from '../../src/report/audit-report.js';
import { runAce } from '../support/ace.js';
import { runEpubcheck } from '../support/epubcheck.js';
import { pdffonts, pdfinfo, pdfinfoMetadata, pdftotext, qpdfCheck } from '../support/poppler.js';
import { type CliRun, runCli } from '../support/run-cli.js';
import { testBrowserPath } from '../support/browser.js';
import { pdfActiveContent } from '../support/pdf-active-content.js';

/** The sample article, built once by the CLI exactly as the Quick start does, then checked by every reference checker. */
const out = mkdtempSync(join(tmpdir(), 'colophon-e2e-'));
const dir = join(out, 'kfor-otan-ue');
const file = (name: string) => join(dir, name);
let build: CliRun;

beforeAll(async () => {
  build = await runCli(['build', 'content/kfor-otan-ue', '--out', out]);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('colophon build content/kfor-otan-ue', () => {
  it('exits 0 and writes the five outputs, nothing else', () => {
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'kfor-otan-ue.epub', 'kfor-otan-ue.pdf', 'report.html', 'report.json']);
  });

  it('the audit of all three finds nothing; the report lists only the two scrape leftovers the reader dropped', () => {
    // Since issue #12 item 5, the dropped "Source" and "Comment (0)" lines are content-removed findings (minor): the
    // build still passes, and nothing else is reported.
    const report = JSON.parse(readFileSync(file('report.json'), 'utf8')) as AuditReport;
    expect(report.findings.map((finding) => [finding.ruleId, finding.impact, finding.source])).toEqual([
      ['content-removed', 'minor', 'ingest'],
      ['content-removed', 'minor', 'ingest'],
    ]);
    expect(report.outcome.passed).toBe(true);
    expect(report.files.map((audited) => audited.kind).sort()).toEqual(['epub', 'html', 'pdf']);
    expect(report.files.map((audited) => audited.findings)).toEqual([0, 0, 0]);
    expect(report.figures[0]?.alt).toMatch(/^Image de remplacement/);
    expect(build.stdout).toContain('removed: 2 part(s) of the input left out of the article');
  });

  it('report.html itself passes axe', async () => {
    const browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
    try {
      expect(await auditHtml(readFileSync(file('report.html')), { file: 'report.html', browser })).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the EPUB', () => {
  it('epubcheck 4.2.6: 0 errors, 0 warnings', async () => {
    const result = await runEpubcheck(file('kfor-otan-ue.epub'));
    expect([...result.errors, ...result.warnings]).toEqual([]);
  }, 120_000);

  it('Ace by DAISY: 0 violations', async () => {
    const result = await runAce(file('kfor-otan-ue.epub'));
    expect(result.violations).toEqual([]);
  }, 180_000);
});

describe('the PDF', () => {
  it('is tagged, titled and A4', async () => {
    const info = await pdfinfo(file('kfor-otan-ue.pdf'));
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe('L’OTAN et l’UE se concertent sur les tensions dans le nord du Kosovo');
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('embeds every font', async () => {
    const fonts = await pdffonts(file('kfor-otan-ue.pdf'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('holds the caption, the credit and the source block', async () => {
    const text = (await pdftotext(file('kfor-otan-ue.pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain('rencontre le représentant spécial');
    expect(text).toMatch(/Source\s*: OTAN/);
    expect(text).toContain('L’adresse de l’article d’origine n’est pas connue.');
    expect(text).toContain('Licence');
  });

  it('reads in the same order as the web edition (pdftotext)', async () => {
    const pdfText = (await pdftotext(file('kfor-otan-ue.pdf'))).replace(/\u00ad\s*\n/g, '').replace(/\s+/g, ' ');
    const html = readFileSync(file('index.html'), 'utf8');
    const blocks = [...html.matchAll(/<(h1|h2|p|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)]
      .map((match) => (match[2] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim())
      .filter((text) => text.length > 12 && !text.startsWith('Édition accessible'));
    expect(blocks.length).toBeGreaterThan(12);
    let position = -1;
    for (const block of blocks) {
      const found = pdfText.indexOf(block.slice(0, 40), position + 1);
      expect(found, `"${block.slice(0, 40)}" after position ${position}`).toBeGreaterThan(position);
      position = found;
    }
  });

  it('identifies as PDF/UA in its XMP, and qpdf finds nothing wrong', async () => {
    expect(await pdfinfoMetadata(file('kfor-otan-ue.pdf'))).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    const check = await qpdfCheck(file('kfor-otan-ue.pdf'));
    expect(check.exitCode).toBe(0);
    expect(check.stderr).toBe('');
  });
});

describe('nothing executable and no scrape leftover survives', () => {
  const EXECUTABLE = [/<script/i, /\son[a-z]+\s*=/i, /javascript:/i];

  it('in the web page and the reports', () => {
    for (const name of ['index.html', 'report.html']) {
      const html = readFileSync(file(name), 'utf8');
      for (const pattern of EXECUTABLE) expect(html, `${name} ${pattern}`).not.toMatch(pattern);
    }
    expect(readFileSync(file('index.html'), 'utf8')).not.toContain('Comment (0)');
    // The report names the leftover it dropped (content-removed), and only there.
    expect(readFileSync(file('report.html'), 'utf8')).toContain('The closing line “Comment (0)” was left out of the article');
  });

  it('in every file of the EPUB', async () => {
    const zip = await JSZip.loadAsync(readFileSync(file('kfor-otan-ue.epub')));
    const textFiles = Object.values(zip.files).filter((entry) => !entry.dir && /\.(xhtml|html|opf|ncx|css|svg|xml)$/.test(entry.name));
    expect(textFiles.length).toBeGreaterThan(3);
    for (const entry of textFiles) {
      const text = await entry.async('string');
      for (const pattern of EXECUTABLE) expect(text, `${entry.name} ${pattern}`).not.toMatch(pattern);
      expect(text).not.toContain('Comment (0)');
    }
  });

  it('in the PDF: no JavaScript, launch or open action, and no leftover text', async () => {
    const raw = readFileSync(file('kfor-otan-ue.pdf')).toString('latin1');
    expect(pdfActiveContent(raw)).toEqual([]);
    expect(await pdftotext(file('kfor-otan-ue.pdf'))).not.toContain('Comment (0)');
  });
});
