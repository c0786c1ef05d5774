import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/report/audit-report.js';
import { runAce } from '../support/ace.js';
import { runEpubcheck } from '../support/epubcheck.js';
import { pdftotext } from '../support/poppler.js';
import { QpdfDocument, textOf } from '../support/qpdf-json.js';
import { type CliRun, runCli } from '../support/run-cli.js';

/**
 * content/kitchen-sink: every feature the Markdown reader understands (MathML and TeX math, an aligned table with a
 * caption, notes, an Arabic and a Hebrew passage, abbreviations, a figure with its credit), built by the CLI and
 * checked by epubcheck, Ace and Colophon's own audit (issue #12, proof).
 */
const out = mkdtempSync(join(tmpdir(), 'colophon-kitchen-sink-'));
const dir = join(out, 'kitchen-sink');
const file = (name: string) => join(dir, name);
let build: CliRun;

beforeAll(async () => {
  build = await runCli(['build', 'content/kitchen-sink', '--out', out]);
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

async function epubFile(name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file('kitchen-sink.epub')));
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is not in the EPUB`);
  return entry.async('string');
}

describe('colophon build content/kitchen-sink', () => {
  it('exits 0 with every output, and Colophon’s audit of all three finds nothing', () => {
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'kitchen-sink.epub', 'kitchen-sink.pdf', 'report.html', 'report.json']);
    const report = JSON.parse(readFileSync(file('report.json'), 'utf8')) as AuditReport;
    expect(report.findings).toEqual([]);
    expect(report.files.map((audited) => audited.kind).sort()).toEqual(['epub', 'html', 'pdf']);
  });

  it('epubcheck: 0 errors, 0 warnings', async () => {
    const result = await runEpubcheck(file('kitchen-sink.epub'));
    expect([...result.errors, ...result.warnings]).toEqual([]);
  }, 120_000);

  it('Ace by DAISY: 0 violations', async () => {
    const result = await runAce(file('kitchen-sink.epub'));
    expect(result.violations).toEqual([]);
  }, 180_000);
});

describe('math reaches every output', () => {
  it('the web page: MathML with its spoken form, no script', () => {
    const html = readFileSync(file('index.html'), 'utf8');
    expect(html.match(/<math\b[^>]*alttext="[^"]+"/g)).toHaveLength(3);
    expect(html).toContain('<math display="block" alttext="T equals 2 pi the square root of L over g">');
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
  });

  it('the EPUB: MathML in its namespace, the mathml manifest property, MathML and describedMath features', async () => {
    const article = await epubFile('OEBPS/article.xhtml');
    expect(article).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" alttext="F equals one half rho g of h squared">');
    const opf = await epubFile('OEBPS/content.opf');
    expect(opf).toMatch(/<item [^>]*href="article.xhtml"[^>]*properties="mathml"/);
    expect(opf).toContain('<meta property="schema:accessibilityFeature">MathML</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">describedMath</meta>');
  });

  it('the PDF: drawn by Chromium (no TeX source left in the text), each formula a Formula with its spoken form as /Alt', async () => {
    const text = (await pdftotext(file('kitchen-sink.pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain('grows with the square of its height');
    expect(text).not.toMatch(/\\frac|\$\$/);
    const pdf = await QpdfDocument.read(file('kitchen-sink.pdf'));
    const formulas = pdf.find((dict) => dict['/S'] === '/Formula').map((ref) => pdf.resolve(ref) as Record<string, unknown>);
    expect(formulas.map((formula) => textOf(formula['/Alt'] as never))).toEqual([
      'F equals one half rho g of h squared',
      'F equals one half rho g of h squared',
      'T equals 2 pi the square root of L over g',
    ]);
    expect(pdf.find((dict) => dict['/S'] === '/Figure')).toHaveLength(1);
  });
});

describe('the rest of the kitchen sink', () => {
  it('an aligned table with its caption, notes, abbreviations, the RTL passages and the figure with its credit', () => {
    const html = readFileSync(file('index.html'), 'utf8');
    expect(html).toContain('<caption>High and low water at the harbour on 14 February 2026.</caption>');
    expect(html).toContain('<td class="align-right">4.85</td>');
    expect(html).toContain('<td class="align-center">05:12</td>');
    expect(html).toContain('role="doc-noteref"');
    expect(html).toContain('<abbr title="International Maritime Organization">IMO</abbr>');
    expect(html).toContain('<span lang="ar" dir="rtl">البحر لا يعطي إلا لمن يصبر</span>');
    expect(html).toContain('<span lang="he" dir="rtl">');
    expect(html).toMatch(/<figcaption>Tide heights over one day at the harbour\.[\s\S]*<span class="credit">Illustration: Colophon contributors<\/span>/);
  });
});
