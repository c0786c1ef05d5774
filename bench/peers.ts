import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { endedChildrenCpuMs } from './child-cpu.js';

function installed(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** CPU (ms) of each tool's process tree, in the order run (see `endedChildrenCpuMs`). */
const cpu: number[] = [];

function timed(command: string, args: string[], environment: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const cpuBefore = endedChildrenCpuMs();
  execFileSync(command, args, { stdio: 'ignore', env: environment });
  cpu.push(endedChildrenCpuMs() - cpuBefore);
  return performance.now() - start;
}

export interface PeerTimings {
  pandocEpubMs: number;
  weasyprintPdfMs: number;
  aceAuditMs: number;
  totalMs: number;
  /** CPU time of the three tools' process trees (Ace's Chromium included), ms. */
  totalCpuMs: number;
}

/**
 * The sample through the tools people use today: pandoc (EPUB), WeasyPrint (PDF of pandoc's HTML), Ace (audit
 * of pandoc's EPUB). Undefined when one of them is not installed.
 */
export function peerPipeline(dir: string): PeerTimings | undefined {
  const ace = join('node_modules', '@daisy', 'ace-cli', 'bin', 'ace.js');
  if (!installed('pandoc') || !installed('weasyprint')) return undefined;
  const lines = readFileSync('content/kfor-otan-ue/article.txt', 'utf8').split('\n').filter(Boolean).slice(0, -2);
  const markdown = join(dir, 'sample.md');
  writeFileSync(markdown, `---\ntitle: "L’OTAN et l’UE se concertent sur les tensions dans le nord du Kosovo"\nlang: fr\n---\n\n${lines.join('\n\n')}\n`);
  const pandocEpubMs = timed('pandoc', [markdown, '-o', join(dir, 'sample.epub')]);
  execFileSync('pandoc', [markdown, '-s', '-o', join(dir, 'sample.html')]);
  const weasyprintPdfMs = timed('weasyprint', [join(dir, 'sample.html'), join(dir, 'sample.pdf')]);
  const aceAuditMs = timed('node', [ace, '--silent', '--force', '--outdir', join(dir, 'ace'), join(dir, 'sample.epub')], {
    ...process.env,
    PUPPETEER_EXECUTABLE_PATH: process.env['PUPPETEER_EXECUTABLE_PATH'] ?? '/usr/bin/chromium',
  });
  return { pandocEpubMs, weasyprintPdfMs, aceAuditMs, totalMs: pandocEpubMs + weasyprintPdfMs + aceAuditMs, totalCpuMs: Math.round(cpu.slice(-3).reduce((sum, ms) => sum + ms, 0)) };
}
