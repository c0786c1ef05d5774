import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishResult } from '../../src/publish/publish.js';
import { buildHostileMath, expectInertMath, type HostileMathBuild } from './hostile-math-build.js';
import { CLOSED_MATHML_VECTORS, UNCLOSED_MATHML_VECTOR } from './mathml-corpus.js';
import { pdfActiveContent } from '../support/pdf-active-content.js';

/** The MathML vectors of mathml-corpus.ts, carried by a Markdown article; the unclosed one last. */
const MATHML_VECTORS: readonly string[] = [...CLOSED_MATHML_VECTORS, UNCLOSED_MATHML_VECTOR];

let build: HostileMathBuild;
let result: PublishResult;
let outputs: Map<string, string>;

beforeAll(async () => {
  build = await buildHostileMath((folder, origin) => {
    const body = MATHML_VECTORS.map((vector) => `<p>Vector: ${vector.replaceAll('{{server}}', origin)}</p>`).join('\n\n');
    writeFileSync(join(folder, 'article.md'), `---\ntitle: "Hostile MathML"\nlanguage: en\ndate: "2026-02-14"\n---\n\nAn article whose formulas try to run, link and load. $E = mc^2$ stays.\n\n${body}\n\nThe end of the article.\n`);
    return join(folder, 'article.md');
  });
  ({ result, outputs } = build);
}, 180_000);

afterAll(async () => {
  await build?.close();
});

describe('hostile MathML', () => {
  it('builds every output, keeps the harmless formula, and reports what it removed', () => {
    expect([...outputs.keys()].sort()).toEqual(['epub', 'html', 'pdf', 'reportHtml', 'reportJson']);
    expect(result.outputs.epub?.name).toBe('hostile-math.epub');
    expect(outputs.get('html')).toMatch(/<math alttext="E equals m c squared">/);
    expect(result.findings.filter((finding) => finding.ruleId === 'content-removed').length).toBeGreaterThanOrEqual(5);
  });

  it('made the recording server receive nothing', () => {
    expect(build.recorder.connections()).toEqual({ count: 0, lines: [] });
  });

  it('left no link, action, style, loader or script in the math of any output', () => {
    for (const name of ['html', 'epub']) {
      const markup = outputs.get(name) ?? '';
      expectInertMath(markup, name);
      expect(markup, name).not.toMatch(/<script|javascript:[^<"]*"|\son[a-z]+\s*=/i);
    }
  });

  it('left no active content in the PDF', () => {
    expect(pdfActiveContent(outputs.get('pdf') ?? '')).toEqual([]);
  });
});
