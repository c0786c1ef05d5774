import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostileMath, expectInertMath, type HostileMathBuild } from './hostile-math-build.js';
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

let build: HostileMathBuild;
let outputs: Map<string, string>;

beforeAll(async () => {
  build = await buildHostileMath((folder, origin) => {
    const body = MATHML_VECTORS.map((vector) => `<p>Vector: ${vector.replaceAll('{{server}}', origin)}</p>`).join('\n');
    const harmless = '<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>';
    writeFileSync(
      join(folder, 'hostile-math.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile MathML</title></head><body><article><h1>Hostile MathML</h1>
<p>An article whose formulas try to run, link and load, saved as a web page; the harmless one, ${harmless}, stays with its spoken form.</p>
${body}
<p>The end of the article, long enough for the extraction to take the whole of it as the article it is.</p></article></body></html>`,
    );
    return join(folder, 'hostile-math.html');
  });
  ({ outputs } = build);
}, 180_000);

afterAll(async () => {
  await build?.close();
});

describe('hostile MathML in a saved web page', () => {
  it('builds every output and keeps the harmless formula with its spoken form', () => {
    expect([...outputs.keys()].sort()).toEqual(['epub', 'html', 'pdf', 'reportHtml', 'reportJson']);
    expect(outputs.get('html')).toMatch(/<math alttext="E equals m c squared">/);
  });

  it('made the recording server receive nothing', () => {
    expect(build.recorder.connections()).toEqual({ count: 0, lines: [] });
  });

  it('left no link, action, style, loader or script in the math, and nothing active anywhere', () => {
    // The one gate holds for this carrier too (see expectInertMath).
    for (const name of ['html', 'epub']) {
      const markup = outputs.get(name) ?? '';
      expectInertMath(markup, name);
      expect(markup, name).not.toMatch(/wiki-style|javascript:[^<"]*"/i);
      expect(activeMarkup(markup), name).toEqual([]);
    }
  });

  it('left no active content in the PDF', () => {
    expect(pdfActiveContent(outputs.get('pdf') ?? '')).toEqual([]);
  });
});
