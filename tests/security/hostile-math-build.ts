import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { type PublishResult, publish } from '../../src/publish/publish.js';
import { testBrowserPath } from '../support/browser.js';
import { type ConnectionRecorder, startConnectionRecorder } from './connection-recorder.js';

export interface HostileMathBuild {
  result: PublishResult;
  /** Each output as text, by output key (`html`, `epub`, `pdf`, `reportHtml`, `reportJson`): the EPUB's XHTML, OPF, NCX and CSS joined, anything else read as Latin-1. */
  outputs: Map<string, string>;
  /** Counts every connection to the origin the vectors point at (see `startConnectionRecorder`). */
  recorder: ConnectionRecorder;
  close(): Promise<void>;
}

/**
 * Publishes an article carrying the MathML vectors (mathml-corpus.ts) through one input format: `write` makes the
 * input in `folder`, with `{{server}}` in the vectors replaced by `origin` (a connection recorder), and returns its path.
 */
export async function buildHostileMath(write: (folder: string, origin: string) => string): Promise<HostileMathBuild> {
  const recorder = await startConnectionRecorder();
  const work = mkdtempSync(join(tmpdir(), 'colophon-hostile-math-'));
  const folder = join(work, 'hostile-math');
  mkdirSync(folder);
  const input = write(folder, recorder.origins[0] as string);
  const result = await publish({ input, outDir: join(work, 'out'), failOn: 'critical', browser: { executablePath: testBrowserPath() } });
  const outputs = new Map<string, string>();
  for (const [key, output] of Object.entries(result.outputs)) {
    if (!output) continue;
    if (key === 'epub') {
      const zip = await JSZip.loadAsync(output.bytes);
      const texts = await Promise.all(Object.values(zip.files).filter((entry) => !entry.dir && /\.(xhtml|opf|ncx|css)$/.test(entry.name)).map((entry) => entry.async('string')));
      outputs.set(key, texts.join('\n'));
    } else {
      outputs.set(key, new TextDecoder('latin1').decode(output.bytes));
    }
  }
  return {
    result,
    outputs,
    recorder,
    async close() {
      await recorder.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * Every `<math>` of `markup` (more than five: the vectors' survivors) holds no link, loader, style or handler
 * attribute and none of the elements that could carry one. Fails when `href` is added back to a MathML element's
 * allowed attributes (src/sanitize/mathml-allowlist.ts): the mi-href vector survives (mutation tried).
 */
export function expectInertMath(markup: string, name: string): void {
  const maths = markup.match(/<math\b[\s\S]*?<\/math>/g) ?? [];
  expect(maths.length, name).toBeGreaterThan(5);
  for (const math of maths) {
    expect(math, name).not.toMatch(/\s(href|xlink:href|src|style|on[a-z]+)=/i);
    expect(math, name).not.toMatch(/<(maction|annotation-xml|mglyph|style|script|img|iframe|svg|table|a|h1)\b/i);
  }
}
