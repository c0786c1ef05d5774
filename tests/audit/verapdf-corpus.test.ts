import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPdf } from '../../src/audit/pdf/audit-pdf.js';
import { PDF_RULES } from '../../src/audit/pdf/rules/index.js';
import { requireTool } from '../support/require-tool.js';

/**
 * veraPDF's own PDF/UA-1 test files (../shared/corpus/verapdf-pdfua-1 beside the repository, as in CI):
 * one atomic file per rule and outcome, `7.1-t09-fail-a.pdf` must fail rule 7.1 test 9 and
 * `7.1-t09-pass-a.pdf` must not. For every rule Colophon implements, every fail file must yield a finding
 * with the rule's id (`pdfua-7.1-t09`) and no pass file may. The rules the corpus exercises that Colophon
 * does not implement yet are named in NOT_IMPLEMENTED, so that the list can only shrink honestly: a rule
 * listed there that gets implemented, or a corpus rule neither implemented nor listed, fails the test.
 */
const CORPUS = resolve(__dirname, '../../../shared/corpus/verapdf-pdfua-1');

/** Corpus rules with no Colophon rule yet (see the report of issue 13). In the order the test prints them. */
const NOT_IMPLEMENTED: readonly string[] = [];

interface CorpusFile {
  path: string;
  ruleId: string;
  expect: 'fail' | 'pass';
}

function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.pdf')) files.push({ path, ...ruleOf(entry.name) });
    }
  };
  visit(CORPUS);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** `7.18.5-t02-fail-a.pdf` → pdfua-7.18.5-t02, fail. One corpus file is named `7-18.3-t01-pass-a.pdf`: clause 7.18.3. */
function ruleOf(name: string): Pick<CorpusFile, 'ruleId' | 'expect'> {
  const match = /^(\d+(?:[.-]\d+)*)-t(\d+)-(fail|pass)-/.exec(name);
  if (!match) throw new Error(`Unexpected corpus file name: ${name}`);
  return { ruleId: `pdfua-${match[1]!.replace(/-/g, '.')}-t${match[2]}`, expect: match[3] as 'fail' | 'pass' };
}

// A rule that stops working fails this test: e.g. `kidTypes` in rules/structure-rule.ts returning [] leaves 12 fail files uncaught.
describe('veraPDF PDF/UA-1 corpus', () => {
  it('every fail file triggers its rule, no pass file does, and every rule not covered is listed', async (context) => {
    requireTool(context, { name: 'the shared veraPDF corpus', available: existsSync(CORPUS), install: `expected at ${CORPUS}` });
    const implemented = new Set(PDF_RULES.map((rule) => rule.id));
    const files = corpusFiles();
    const misses: string[] = [];
    const falseAlarms: string[] = [];
    const errors: string[] = [];
    for (const file of files) {
      let ids: string[];
      try {
        ids = (await auditPdf(readFileSync(file.path), { file: basename(file.path) })).map((finding) => finding.ruleId);
      } catch (error) {
        errors.push(`${basename(file.path)}: ${(error as Error).message}`);
        continue;
      }
      if (!implemented.has(file.ruleId)) continue;
      if (file.expect === 'fail' && !ids.includes(file.ruleId)) misses.push(basename(file.path));
      if (file.expect === 'pass' && ids.includes(file.ruleId)) falseAlarms.push(basename(file.path));
    }
    const corpusRules = [...new Set(files.map((file) => file.ruleId))].sort();
    const covered = corpusRules.filter((id) => implemented.has(id));
    const failFiles = files.filter((file) => file.expect === 'fail');
    const caught = failFiles.filter((file) => implemented.has(file.ruleId) && !misses.includes(basename(file.path)) && !errors.some((line) => line.startsWith(`${basename(file.path)}:`)));
    const passFiles = files.filter((file) => file.expect === 'pass');
    console.log(
      `veraPDF PDF/UA-1 corpus: rules covered ${covered.length}/${corpusRules.length}, fail files caught ${caught.length}/${failFiles.length}, ` +
        `pass files flagged ${falseAlarms.length}/${passFiles.length}, unreadable ${errors.length}\n` +
        `  not implemented: ${corpusRules.filter((id) => !implemented.has(id)).join(' ') || '(none)'}`,
    );
    expect({ misses, falseAlarms, errors }).toEqual({ misses: [], falseAlarms: [], errors: [] });
    expect(corpusRules.filter((id) => !implemented.has(id))).toEqual([...NOT_IMPLEMENTED]);
  }, 300_000);
});
