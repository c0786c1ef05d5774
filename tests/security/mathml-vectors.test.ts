import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PublishResult, publish } from '../../src/publish/publish.js';
import { testBrowserPath } from '../support/browser.js';
import { CLOSED_MATHML_VECTORS, UNCLOSED_MATHML_VECTOR } from './mathml-corpus.js';
import { pdfActiveContent } from '../support/pdf-active-content.js';

/** The MathML vectors of mathml-corpus.ts, carried by a Markdown article; the unclosed one last. */
const MATHML_VECTORS: readonly string[] = [...CLOSED_MATHML_VECTORS, UNCLOSED_MATHML_VECTOR];

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
  work = mkdtempSync(join(tmpdir(), 'colophon-mathml-'));
  const folder = join(work, 'hostile-math');
  mkdirSync(folder);
  const body = MATHML_VECTORS.map((vector) => `<p>Vector: ${vector.replaceAll('{{server}}', origin)}</p>`).join('\n\n');
  writeFileSync(join(folder, 'article.md'), `---\ntitle: "Hostile MathML"\nlanguage: en\ndate: "2026-02-14"\n---\n\nAn article whose formulas try to run, link and load. $E = mc^2$ stays.\n\n${body}\n\nThe end of the article.\n`);
  result = await publish({ input: join(folder, 'article.md'), outDir: join(work, 'out'), failOn: 'critical', browser: { executablePath: testBrowserPath() } });
  for (const [key, output] of Object.entries(result.outputs)) {
    if (!output) continue;
    if (key === 'epub') {
      const zip = await JSZip.loadAsync(output.bytes);
      const texts = await Promise.all(Object.values(zip.files).filter((entry) => !entry.dir && /\.(xhtml|opf|ncx|css)$/.test(entry.name)).map((entry) => entry.async('string')));
      outputs.set(output.name, texts.join('\n'));
    } else {
      outputs.set(output.name, new TextDecoder('latin1').decode(output.bytes));
    }
  }
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('hostile MathML', () => {
  it('builds every output, keeps the harmless formula, and reports what it removed', () => {
    expect([...outputs.keys()].sort()).toEqual(['hostile-math.epub', 'hostile-math.pdf', 'index.html', 'report.html', 'report.json']);
    expect(outputs.get('index.html')).toMatch(/<math alttext="E equals m c squared">/);
    expect(result.findings.filter((finding) => finding.ruleId === 'content-removed').length).toBeGreaterThanOrEqual(5);
  });

  it('made the recording server receive nothing', () => {
    expect(received).toEqual([]);
  });

  it('left no link, action, style, loader or script in the math of any output', () => {
    // Fails when `href` is added back to a MathML element's allowed attributes (mathml-allowlist.ts): the mi-href vector survives.
    for (const name of ['index.html', 'hostile-math.epub']) {
      const markup = outputs.get(name) ?? '';
      const maths = markup.match(/<math\b[\s\S]*?<\/math>/g) ?? [];
      expect(maths.length, name).toBeGreaterThan(5);
      for (const math of maths) {
        expect(math, name).not.toMatch(/\s(href|xlink:href|src|style|on[a-z]+)=/i);
        expect(math, name).not.toMatch(/<(maction|annotation-xml|mglyph|style|script|img|iframe|svg|table|a|h1)\b/i);
      }
      expect(markup, name).not.toMatch(/<script|javascript:[^<"]*"|\son[a-z]+\s*=/i);
    }
  });

  it('left no active content in the PDF', () => {
    expect(pdfActiveContent(outputs.get('hostile-math.pdf') ?? '')).toEqual([]);
  });
});
