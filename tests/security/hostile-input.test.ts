import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/audit/html/audit-html.js';
import { publish } from '../../src/publish/publish.js';
import { testBrowserPath } from '../support/browser.js';
import { pdftotext } from '../support/poppler.js';
import { type ConnectionRecorder, settle, startConnectionRecorder } from './connection-recorder.js';
import { ARTICLE_TEXT, HOSTILE_VECTORS } from './hostile-corpus.js';
import { launchWithDefences } from './launch-with-defences.js';
import { pdfActiveContent } from '../support/pdf-active-content.js';

/**
 * The whole pipeline as shipped (sanitizer and renderer), on a hostile Markdown article with hostile front matter
 * and a hostile SVG image. Each layer alone: defence-in-depth.test.ts and hostile-carriers.test.ts.
 */
let recorder: ConnectionRecorder;
let work: string;
let outputs: Map<string, string>;
let controlConnections = 0;
let connections = -1;

beforeAll(async () => {
  recorder = await startConnectionRecorder();
  const origin = recorder.origins[0] ?? '';
  // Control: Chromium, launched as Colophon launches it but with its network defences off, does reach the listener.
  const open = await launchWithDefences({ lockdownFlags: false, requestBlocking: false });
  try {
    await auditHtml(`<!DOCTYPE html><html lang="en"><title>c</title><img src="${origin}/control.png" alt="control">`, { file: 'control.html', browser: open });
    controlConnections = await recorder.waitForConnection(10_000);
  } finally {
    await open.close();
  }
  recorder.reset();
  work = mkdtempSync(join(tmpdir(), 'colophon-hostile-'));
  const folder = join(work, 'hostile');
  mkdirSync(folder);
  const body = recorder.origins.flatMap((each) => HOSTILE_VECTORS.map((vector) => vector.replaceAll('{{server}}', each))).join('\n\n');
  writeFileSync(
    join(folder, 'article.md'),
    `---\ntitle: "Un article <script>alert(1)</script> hostile"\nlanguage: fr\nsource: "${origin}/source"\n---\n\n${ARTICLE_TEXT}\n\n![Un rectangle bleu.](drawing.svg "Une image SVG hostile.")\n\n${body}\n\n${ARTICLE_TEXT}\n`,
  );
  writeFileSync(join(folder, 'article.yaml'), 'text: article.md\n');
  // An SVG image that tries to run script and fetch when it is opened on its own.
  writeFileSync(
    join(folder, 'drawing.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20" onload="fetch('${origin}/svg-file-onload')"><script>fetch('${origin}/svg-file-script')</script><image href="${origin}/svg-file-image.png" width="4" height="4"/><foreignObject><iframe src="file:///etc/passwd"/></foreignObject><rect width="40" height="20" fill="#356"/></svg>`,
  );
  await publish({ input: folder, outDir: join(work, 'out'), failOn: 'critical', browser: { executablePath: testBrowserPath() } });
  await settle(800);
  connections = recorder.connections().count;
  const dir = join(work, 'out', 'hostile');
  outputs = new Map();
  for (const name of readdirSync(dir)) outputs.set(name, await textOf(join(dir, name)));
}, 180_000);

afterAll(async () => {
  await recorder?.close();
  rmSync(work, { recursive: true, force: true });
});

async function textOf(path: string): Promise<string> {
  if (path.endsWith('.pdf')) return `${(await pdftotext(path)).replace(/\s+/g, ' ')}\n${readFileSync(path).toString('latin1')}`;
  if (path.endsWith('.epub')) {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const texts = await Promise.all(Object.values(zip.files).filter((entry) => !entry.dir && !/\.(woff2|png|jpg)$/.test(entry.name)).map((entry) => entry.async('string')));
    return texts.join('\n');
  }
  return readFileSync(path, 'utf8');
}

describe('a hostile article', () => {
  it('builds every output', () => {
    expect([...outputs.keys()].sort()).toEqual(['hostile.epub', 'hostile.pdf', 'index.html', 'report.html', 'report.json']);
  });

  it('made the listeners on loopback accept zero connections, while building and while auditing', () => {
    expect(controlConnections).toBeGreaterThan(0);
    expect(connections).toBe(0);
  });

  it('left no executable markup in any output', () => {
    for (const [name, markup] of outputs) {
      // report.json is data: the title's "<script>" is a string there, escaped wherever it is shown.
      if (name.endsWith('.json')) continue;
      if (name.endsWith('.pdf')) {
        // The title's "<script>" is text there, as it should be; what a PDF could run is an action.
        expect(pdfActiveContent(markup)).toEqual([]);
        continue;
      }
      expect(markup, name).not.toMatch(/<script/i);
      expect(markup, name).not.toMatch(/<(iframe|object|embed|form|input|base|video|audio|picture|source|template)\b/i);
      expect(markup, name).not.toMatch(/<meta[^>]+refresh/i);
      expect(markup, name).not.toMatch(/<link[^>]+href="(https?:)?\/\//i);
      expect(markup, name).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
      expect(markup, name).not.toMatch(/\son[a-z]+\s*=\s*["']?[a-z]/i);
      expect(markup, name).not.toMatch(/(src|srcset|poster|background|data)\s*=\s*["']?\s*(https?:|file:)/i);
      expect(markup, name).not.toMatch(/href\s*=\s*["']?\s*(javascript|vbscript|data:text\/html|file:)/i);
    }
  });

  it('leaked no local file into any output', () => {
    for (const [name, text] of outputs) expect(text, name).not.toContain('root:x:0:0');
  });

  it('kept the article’s own text', () => {
    expect(outputs.get('index.html')).toContain(ARTICLE_TEXT);
    expect(outputs.get('hostile.epub')).toContain(ARTICLE_TEXT);
    expect(outputs.get('hostile.pdf')?.replace(/\s+/g, ' ')).toContain(ARTICLE_TEXT);
  });
});
