import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { buildEpub } from '../../src/epub/index.js';
import type { Finding } from '../../src/model/finding.js';
import { type AceViolation, describeViolations, runAceOnBytes } from '../support/ace.js';
import { sampleDocument } from '../support/sample-document.js';
import { colophonRulesFor } from './ace-rule-map.js';

/**
 * On the same EPUBs — the pipeline's own and deliberately broken copies of it — every violation Ace by DAISY
 * reports has a Colophon finding of the corresponding rule (tests/audit/ace-rule-map.ts).
 */
type Edit = (files: Map<string, string>) => void;

const OPF = 'OEBPS/content.opf';
const NAV = 'OEBPS/toc.xhtml';
const ARTICLE = 'OEBPS/article.xhtml';

function replace(files: Map<string, string>, path: string, find: string | RegExp, replacement: string): void {
  const text = files.get(path) ?? '';
  if (!(typeof find === 'string' ? text.includes(find) : find.test(text))) throw new Error(`fixture: ${String(find)} not found in ${path}`);
  files.set(path, text.replace(find, replacement));
}

const FIXTURES: Array<{ name: string; edit: Edit; aceExpects: string[] }> = [
  { name: 'the pipeline’s EPUB', edit: () => {}, aceExpects: [] },
  {
    name: 'no package language',
    edit: (files) => {
      replace(files, OPF, / xml:lang="fr">/, '>');
      replace(files, OPF, /<dc:language>fr<\/dc:language>\n/, '');
    },
    aceExpects: ['epub-lang'],
  },
  { name: 'no accessMode', edit: (files) => replace(files, OPF, /<meta property="schema:accessMode">[a-z]+<\/meta>\n/g, ''), aceExpects: ['metadata-accessmode'] },
  { name: 'missing alt', edit: (files) => replace(files, ARTICLE, / alt="Illustration de remplacement[^"]*"/, ''), aceExpects: ['image-alt'] },
  {
    name: 'page-list without pageNavigation',
    edit: (files) => {
      replace(files, ARTICLE, '<p>Le 14', '<span epub:type="pagebreak" role="doc-pagebreak" id="page-1" aria-label="1"></span><p>Le 14');
      replace(files, NAV, '<nav epub:type="landmarks"', '<nav epub:type="page-list" role="doc-pagelist" hidden="hidden" aria-label="Pages"><ol><li><a href="article.xhtml#page-1">1</a></li></ol></nav>\n<nav epub:type="landmarks"');
    },
    aceExpects: ['epub-pagesource'],
  },
  {
    name: 'toc out of spine order',
    edit: (files) => {
      replace(files, NAV, /<li><a href="colophon.xhtml">[^<]*<\/a><\/li>\n/, '');
      replace(files, NAV, '<ol>\n<li><a href="article.xhtml">', '<ol>\n<li><a href="colophon.xhtml">À propos de cette édition</a></li>\n<li><a href="article.xhtml">');
    },
    aceExpects: ['epub-toc-order'],
  },
];

let clean: Uint8Array;
let browser: RenderingBrowser;

beforeAll(async () => {
  clean = (await buildEpub(sampleDocument())).bytes;
  browser = await RenderingBrowser.launch({ executablePath: process.env['PUPPETEER_EXECUTABLE_PATH'] ?? '/usr/bin/chromium' });
});

afterAll(async () => {
  await browser?.close();
});

async function edited(edit: Edit): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(clean);
  const files = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir && /\.(opf|xhtml|ncx)$/.test(entry.name)) files.set(entry.name, await entry.async('string'));
  edit(files);
  for (const [path, text] of files) zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array' });
}

/** Ace violations with no Colophon finding of a corresponding rule (in the same document, when Ace names one). */
function unmatched(ace: readonly AceViolation[], colophon: readonly Finding[]): AceViolation[] {
  return ace.filter((violation) => {
    const rules = colophonRulesFor(violation.rule);
    const document = violation.document.replace(/^\//, '').split('/').pop() ?? '';
    return !colophon.some((finding) => rules.includes(finding.ruleId) && (document === '' || (finding.location.document ?? '').endsWith(document)));
  });
}

describe('Colophon finds every violation Ace by DAISY finds, rule by rule', () => {
  it.each(FIXTURES)('$name', async ({ edit, aceExpects }) => {
    const bytes = await edited(edit);
    const aceStarted = performance.now();
    const ace = await runAceOnBytes(bytes);
    const aceMs = performance.now() - aceStarted;
    const result = await audit([{ file: 'book.epub', kind: 'epub', bytes }], { browser });
    const colophonRules = [...new Set(result.findings.map((finding) => finding.ruleId))].sort();
    console.info(`[ace-parity] ace: ${[...new Set(ace.violations.map((v) => v.rule))].join(', ') || '—'} (${Math.round(aceMs)} ms) | colophon: ${colophonRules.join(', ') || '—'} (${result.files[0]?.durationMs} ms)`);
    expect(ace.violations.map((violation) => violation.rule)).toEqual(expect.arrayContaining(aceExpects));
    if (aceExpects.length === 0) expect(ace.violations, describeViolations(ace.violations)).toEqual([]);
    expect(unmatched(ace.violations, result.findings), describeViolations(unmatched(ace.violations, result.findings))).toEqual([]);
  }, 120_000);
});
