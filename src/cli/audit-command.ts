import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_AXE_TAGS } from '../audit/axe/run-axe.js';
import type { Impact } from '../model/finding.js';
import type { Io } from './io.js';
import { parseImpact } from './parse-options.js';

export interface AuditFlags {
  failOn: Impact;
  report?: string;
  browser?: string;
  json?: boolean;
  quiet?: boolean;
  standard?: string[];
  thumbnails?: boolean;
}

/** `colophon audit <paths…>`: HTML, EPUB and PDF files, Colophon's or anyone's. */
export function registerAuditCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('audit')
    .description('Audit HTML, EPUB and PDF files (axe, EPUB package rules, PDF/UA rules).')
    .argument('<paths...>', 'files, or folders searched for .html, .xhtml, .epub and .pdf files')
    .option('--fail-on <level>', 'exit 2 when a finding is at this impact or worse: minor, moderate, serious, critical', parseImpact, 'serious' as Impact)
    .option('--report <dir>', 'also write report.json and report.html into this folder')
    .option('--browser <path>', 'Chromium or Chrome binary')
    .option('--standard <tags>', `axe rule tags to run, comma-separated (default: ${DEFAULT_AXE_TAGS.join(',')}; EPUB content documents also best-practice, with Ace's axe configuration)`, parseAxeTags)
    .option('--no-thumbnails', 'do not render PDF page thumbnails for report.html')
    .option('--json', 'print the report as JSON')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (paths: string[], flags: AuditFlags) => {
      const { runAudit } = await import('./run-audit.js');
      setExitCode(await runAudit(paths, flags, io));
    });
}

/** The axe tags `--standard` accepts: WCAG levels by version, Section 508, EN 301 549, best practices. */
const KNOWN_TAGS = new Set(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'section508', 'EN-301-549', 'best-practice', 'wcag2a-obsolete', 'experimental']);

/** `--standard wcag2aa,best-practice` → ['wcag2aa', 'best-practice'] */
export function parseAxeTags(value: string): string[] {
  const tags = value.split(',').map((tag) => tag.trim()).filter(Boolean);
  const unknown = tags.filter((tag) => !KNOWN_TAGS.has(tag));
  if (tags.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`expected a comma-separated list of axe tags (${[...KNOWN_TAGS].join(', ')}); got "${value}".`);
  return tags;
}
