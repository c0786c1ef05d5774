import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/audit/html/audit-html.js';
import type { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import type { Finding } from '../../src/model/finding.js';
import { publish } from '../../src/publish/publish.js';
import { brokenEpub, replaceIn } from '../audit/epub-fixture.js';
import { testBrowserPath } from '../support/browser.js';
import { runCli } from '../support/run-cli.js';
import { activeMarkup } from './inert-markup.js';
import { type ConnectionRecorder, settle, startConnectionRecorder } from './connection-recorder.js';
import { ARTICLE_TEXT, HOSTILE_VECTORS, NETWORK_VECTORS, hostilePage } from './hostile-corpus.js';
import { launchWithDefences } from './launch-with-defences.js';
import { pdfActiveContent } from '../support/pdf-active-content.js';

/**
 * The hostile corpus through every carrier. Building (plain text, Markdown, a saved web page, front-matter
 * fields) runs in a Chromium with the renderer's network defences switched off (test-only
 * `UNSAFE_NETWORK_FOR_TESTS`): the sanitizer alone must hold. `colophon audit` of a hostile HTML file and a
 * hostile EPUB has no sanitizer in front: it runs as shipped, and the renderer must hold.
 */
let recorder: ConnectionRecorder;
let work: string;
let sanitizerOnly: RenderingBrowser;
let controlConnections = 0;
/** The corpus with every listener's origin: HOSTILE_VECTORS and NETWORK_VECTORS, each once per origin. */
let corpus: string[];

beforeAll(async () => {
  recorder = await startConnectionRecorder();
  work = mkdtempSync(join(tmpdir(), 'colophon-carriers-'));
  corpus = recorder.origins.flatMap((origin) => [...HOSTILE_VECTORS, ...NETWORK_VECTORS.map((vector) => vector.markup)].map((vector) => vector.replaceAll('{{server}}', origin)));
  sanitizerOnly = await launchWithDefences({ lockdownFlags: false, requestBlocking: false });
  // Control: this very browser reaches the listener when hostile markup gets past the sanitizer (accept-level).
  recorder.reset();
  await auditHtml(hostilePage(`<img src="${recorder.origins[0]}/control.png" alt="control">`), { file: 'control.html', browser: sanitizerOnly });
  controlConnections = await recorder.waitForConnection(10_000);
}, 60_000);

afterAll(async () => {
  await sanitizerOnly?.close();
  await recorder?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Builds `input` with the sanitizer as the only defence; returns the connections the listeners accepted and the text of every output. */
async function buildAlone(input: string): Promise<{ connections: number; outputs: Map<string, string> }> {
  recorder.reset();
  const outDir = join(work, 'out', input.replace(/\W+/g, '-'));
  await publish({ input, outDir, failOn: 'critical', browser: sanitizerOnly });
  await settle(800);
  const connections = recorder.connections().count;
  const outputs = new Map<string, string>();
  const [slug] = readdirSync(outDir);
  for (const name of readdirSync(join(outDir, slug ?? ''))) outputs.set(name, await textOf(join(outDir, slug ?? '', name)));
  return { connections, outputs };
}

async function textOf(path: string): Promise<string> {
  if (path.endsWith('.epub')) {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const entries = Object.values(zip.files).filter((entry) => !entry.dir && /\.(xhtml|html|opf|ncx|css)$/.test(entry.name));
    return (await Promise.all(entries.map((entry) => entry.async('string')))).join('\n');
  }
  return readFileSync(path, path.endsWith('.pdf') ? 'latin1' : 'utf8');
}

/** What must not survive into an HTML or EPUB output. */
function expectInert(name: string, markup: string): void {
  expect(activeMarkup(markup), name).toEqual([]);
  expect(markup, name).not.toContain('root:x:0:0');
}

function article(name: string, files: Record<string, string>): string {
  const folder = join(work, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
  return folder;
}

/**
 * Mutations checked: `sanitizeFragment` (src/sanitize/sanitize.ts) returning its input unchanged makes the Markdown and
 * web-page carriers fail (active markup in index.html; the print page navigates away); `NETWORK_LOCKDOWN_ARGS` left out
 * of the launch makes `colophon audit` fail (8 connections).
 */
describe('the sanitizer alone (renderer defences off), hostile corpus in every carrier', () => {
  it('the control: Chromium with the defences off does reach the listener', () => {
    expect(controlConnections).toBeGreaterThan(0);
  });

  it('the output check flags the corpus itself (it can fail)', () => {
    // Inert as parsed by htmlparser2: a plain link, markup inside xmp, CDATA or a comment, and the mXSS vector whose
    // danger lies in a browser's different parse (there, the zero-connection measurement is the check).
    const inert = new Set(['link-only', 'xmp.png', 'cdata.png', 'comment.png', 'mxss1']);
    const vectors = [...HOSTILE_VECTORS, ...NETWORK_VECTORS.map((vector) => vector.markup)].filter((vector) => ![...inert].some((name) => vector.includes(name)));
    expect(vectors.length).toBeGreaterThan(45);
    for (const vector of vectors) expect(activeMarkup(vector.replaceAll('{{server}}', 'http://127.0.0.1:1')), vector).not.toEqual([]);
  });

  const carriers: Array<[string, () => string]> = [
    ['Markdown', () => join(article('markdown', { 'article.md': `---\ntitle: Hostile Markdown\nlanguage: fr\n---\n\n${ARTICLE_TEXT}\n\n${corpus.join('\n\n')}\n\n${ARTICLE_TEXT}\n` }), 'article.md')],
    ['plain text', () => article('plain', { 'article.txt': `${ARTICLE_TEXT}\n${corpus.join('\n')}\n${ARTICLE_TEXT}\n`, 'article.yaml': 'title: Hostile text\nlanguage: fr\ntext: article.txt\n' })],
    [
      'a saved web page',
      () => {
        const paragraphs = Array.from({ length: 6 }, () => `<p>${ARTICLE_TEXT} ${ARTICLE_TEXT}</p>`).join('\n');
        const head = corpus.filter((vector) => /^<(link|meta|base|style)/.test(vector)).join('\n');
        const page = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Hostile page</title>${head}</head><body><article><h1>Hostile page</h1>${paragraphs}\n${corpus.join('\n')}\n${paragraphs}</article></body></html>`;
        return join(article('web', { 'page.html': page }), 'page.html');
      },
    ],
    [
      'front-matter fields',
      () => {
        const origin = recorder.origins[0] ?? '';
        const fields = [
          `title: ${JSON.stringify(`Hostile <script>fetch("${origin}/title")</script> <img src="${origin}/title.png" onerror="fetch('${origin}/t')">`)}`,
          'language: fr',
          `author: ${JSON.stringify(`<iframe src="${origin}/author"></iframe>`)}`,
          `publisher: { name: ${JSON.stringify(`<link rel="preconnect" href="${origin}/">`)}, url: ${JSON.stringify(`${origin}/publisher`)} }`,
          `source: ${JSON.stringify(`${origin}/source`)}`,
          `license: { name: ${JSON.stringify(`<meta http-equiv="refresh" content="0;url=${origin}/licence">`)}, url: ${JSON.stringify(`${origin}/licence`)} }`,
          `standfirst: ${JSON.stringify(`<svg><foreignObject><iframe src="${origin}/standfirst"></iframe></foreignObject></svg> ${ARTICLE_TEXT}`)}`,
          `abbreviations: { OTAN: ${JSON.stringify(`<img src="${origin}/abbr.png"> "><style>@import url(${origin}/abbr.css)</style>`)} }`,
        ];
        return join(article('front-matter', { 'article.md': `---\n${fields.join('\n')}\n---\n\n${ARTICLE_TEXT} OTAN.\n` }), 'article.md');
      },
    ],
  ];

  it.each(carriers)('%s: no connection, nothing executable in any output, the text kept', async (_carrier, make) => {
    const { connections, outputs } = await buildAlone(make());
    expect(connections).toBe(0);
    expect([...outputs.keys()].filter((name) => /\.(html|epub|pdf)$/.test(name)).length).toBe(4);
    for (const [name, text] of outputs) {
      if (name.endsWith('.json')) continue;
      if (name.endsWith('.pdf')) expect(pdfActiveContent(text), name).toEqual([]);
      else expectInert(name, text);
    }
    const page = outputs.get('index.html') ?? '';
    expect(page).toContain(ARTICLE_TEXT);
  }, 60_000);
});

describe('colophon audit of hostile files, as shipped (no sanitizer in front of an audit)', () => {
  it('opens no connection, reports the refreshing pages, and audits every file of the run', async () => {
    const origins = recorder.origins;
    const dir = join(work, 'audit');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'hostile.html'), hostilePage(corpus.join('\n')));
    writeFileSync(join(dir, 'refresh.html'), hostilePage(`<meta http-equiv="refresh" content="0;url=${origins[0]}/refresh-page" />`));
    writeFileSync(
      join(dir, 'clean.html'),
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Clean</title></head><body><main><h1>Clean</h1><p>Nothing to see.</p></main></body></html>',
    );
    const xmlSafe = origins.flatMap((origin) => NETWORK_VECTORS.map((vector) => vector.markup.replaceAll('{{server}}', origin)));
    const epub = await brokenEpub((files) => replaceIn(files, 'EPUB/chapter-1.xhtml', '</body>', `<div>${xmlSafe.join('\n')}<img src="${origins[0]}/epub-pixel.png" alt="pixel" /></div></body>`));
    writeFileSync(join(dir, 'hostile.epub'), epub);
    recorder.reset();
    const run = await runCli(['audit', join(dir, 'hostile.html'), join(dir, 'refresh.html'), join(dir, 'clean.html'), join(dir, 'hostile.epub'), '--json'], { PUPPETEER_EXECUTABLE_PATH: testBrowserPath() });
    await settle(1_800);
    expect(recorder.connections()).toEqual({ count: 0, lines: [] });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { files: Array<{ file: string }>; findings: Finding[] };
    expect(report.files.map((file) => file.file.split('/').pop()).sort()).toEqual(['clean.html', 'hostile.epub', 'hostile.html', 'refresh.html']);
    const navigating = report.findings.filter((finding) => finding.ruleId === 'page-navigates');
    expect(navigating.map((finding) => [finding.location.file.split('/').pop(), finding.source, finding.impact])).toEqual(
      expect.arrayContaining([
        ['refresh.html', 'html', 'serious'],
        ['hostile.html', 'html', 'serious'],
        ['hostile.epub', 'epub', 'serious'],
      ]),
    );
    expect(navigating.find((finding) => finding.location.file.endsWith('refresh.html'))?.message).toContain(`${origins[0]}/refresh-page`);
    // The known-clean page: nothing at all.
    expect(report.findings.filter((finding) => finding.location.file.endsWith('clean.html'))).toEqual([]);
  }, 120_000);
});
