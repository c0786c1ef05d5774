import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateBrowser } from '../../src/config/browser-location.js';
import { type PublishResult, publish } from '../../src/publish/publish.js';
import { activeMarkup } from './inert-markup.js';
import { CLOSED_MATHML_VECTORS, UNCLOSED_MATHML_VECTOR } from './mathml-corpus.js';
import { pdfActiveContent } from '../support/pdf-active-content.js';

/**
 * The MathML vectors of mathml-corpus.ts (shared with mathml-vectors.test.ts), carried by a saved web page. Saved pages lost all their MathML before; now it goes on through linkedom,
 * Readability and the reader's tidying to the sanitizer, a new way in that must end at the same gate.
 */
const MATHML_VECTORS: readonly string[] = [
  ...CLOSED_MATHML_VECTORS,
  // MediaWiki's shape, whose hiding style the reader takes off: the style must not become a way to load anything.
  '<span style="display: none; background: url({{server}}/wiki-style.png)"><math alttext="x"><mi>x</mi></math></span>',
  UNCLOSED_MATHML_VECTOR,
];

const received: string[] = [];
let server: Server;
let work: string;
let result: PublishResult;
const outputs = new Map<string, string>();

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.end('leaked');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  work = mkdtempSync(join(tmpdir(), 'colophon-page-mathml-'));
  const folder = join(work, 'hostile-page');
  mkdirSync(folder);
  const body = MATHML_VECTORS.map((vector) => `<p>Vector: ${vector.replaceAll('{{server}}', origin)}</p>`).join('\n');
  const harmless = '<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>';
  writeFileSync(
    join(folder, 'hostile-math.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile MathML</title></head><body><article><h1>Hostile MathML</h1>
<p>An article whose formulas try to run, link and load, saved as a web page; the harmless one, ${harmless}, stays with its spoken form.</p>
${body}
<p>The end of the article, long enough for the extraction to take the whole of it as the article it is.</p></article></body></html>`,
  );
  result = await publish({ input: join(folder, 'hostile-math.html'), outDir: join(work, 'out'), failOn: 'critical', browser: { executablePath: locateBrowser({ environment: process.env }) } });
  for (const [key, output] of Object.entries(result.outputs)) {
    if (!output) continue;
    if (key === 'epub') {
      const zip = await JSZip.loadAsync(output.bytes);
      const texts = await Promise.all(Object.values(zip.files).filter((entry) => !entry.dir && /\.(xhtml|opf|ncx|css)$/.test(entry.name)).map((entry) => entry.async('string')));
      outputs.set('epub', texts.join('\n'));
    } else {
      outputs.set(key, new TextDecoder('latin1').decode(output.bytes));
    }
  }
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('hostile MathML in a saved web page', () => {
  it('builds every output and keeps the harmless formula with its spoken form', () => {
    expect([...outputs.keys()].sort()).toEqual(['epub', 'html', 'pdf', 'reportHtml', 'reportJson']);
    expect(outputs.get('html')).toMatch(/<math alttext="E equals m c squared">/);
  });

  it('made the recording server receive nothing', () => {
    expect(received).toEqual([]);
  });

  it('left no link, action, style, loader or script in the math, and nothing active anywhere', () => {
    // Fails when `href` is added back to a MathML element's allowed attributes (src/sanitize/mathml-allowlist.ts):
    // the mi-href vector survives — the one gate holds for this carrier too (mutation tried).
    for (const name of ['html', 'epub']) {
      const markup = outputs.get(name) ?? '';
      const maths = markup.match(/<math\b[\s\S]*?<\/math>/g) ?? [];
      expect(maths.length, name).toBeGreaterThan(5);
      for (const math of maths) {
        expect(math, name).not.toMatch(/\s(href|xlink:href|src|style|on[a-z]+)=/i);
        expect(math, name).not.toMatch(/<(maction|annotation-xml|mglyph|style|script|img|iframe|svg|table|a|h1)\b/i);
      }
      expect(markup, name).not.toMatch(/wiki-style|javascript:[^<"]*"/i);
      expect(activeMarkup(markup), name).toEqual([]);
    }
  });

  it('left no active content in the PDF', () => {
    expect(pdfActiveContent(outputs.get('pdf') ?? '')).toEqual([]);
  });
});
