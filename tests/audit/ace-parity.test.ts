import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { EPUB_RULES } from '../../src/audit/epub/rules/index.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { locateBrowser } from '../../src/config/browser-location.js';
import { buildEpub } from '../../src/epub/index.js';
import type { Finding } from '../../src/model/finding.js';
import { type AceViolation, describeViolations } from '../support/ace.js';
import { runAceOnAll } from '../support/ace-batch.js';
import { sampleDocument } from '../support/sample-document.js';
import { PARITY_FIXTURES } from './ace-parity-fixtures.js';
import { ACE_TO_COLOPHON, NOT_IN_COLOPHON, colophonRulesFor } from './ace-rule-map.js';
import { brokenEpub } from './epub-fixture.js';

/**
 * Ace by DAISY and Colophon on the same EPUBs, both ways:
 * (a) every violation Ace reports has a Colophon finding of a mapped rule (tests/audit/ace-rule-map.ts), unless the
 *     rule is one Colophon does not check (NOT_IN_COLOPHON, with the reason);
 * (b) every Colophon finding answers an Ace violation on the same EPUB, or is a KNOWN_DIFFERENCE below.
 * Each fixture (tests/audit/ace-parity-fixtures.ts) also pins what Ace reports on it, and every rule of the map must be
 * reported by Ace on some fixture. Ace runs once per fixture, two at a time, before the tests.
 */

const COLOPHON_ONLY = 'what Colophon checks and Ace does not: no dc:language, a claim without certifiedBy, a page list not declared';
const PIPELINE = 'the pipeline’s EPUB';

/**
 * What Colophon reports that Ace does not: the rule, the fixtures it happens on ('all': any), and why. An entry that no
 * longer happens fails the test too, so the list stays exact.
 */
const KNOWN_DIFFERENCES: ReadonlyArray<{ rule: string; fixtures: readonly string[] | 'all'; why: string }> = [
  { rule: 'epub-lang', fixtures: [COLOPHON_ONLY], why: 'Colophon also requires <dc:language>, which every EPUB must have (epubcheck reports it too); Ace checks only <package xml:lang>.' },
  { rule: 'metadata-certifiedby', fixtures: [COLOPHON_ONLY], why: 'Colophon also requires a11y:certifiedBy beside a conformance claim (EPUB Accessibility 1.1); Ace does not check it.' },
  { rule: 'metadata-pagenavigation-pagelist', fixtures: [COLOPHON_ONLY], why: 'Colophon also checks that a page list is declared as pageNavigation; Ace only that a declared pageNavigation has a page list (metadata-accessibilityFeature-printPageNumbers-nopagelist, which Colophon has under Ace’s id).' },
  { rule: 'aria-prohibited-attr', fixtures: ['page breaks named by aria-label'], why: 'axe-core 4.14 takes aria-label on <span role="doc-pagebreak"> for a name on a generic element; Ace’s axe 4.11 does not (Colophon’s EPUBs use title).' },
  { rule: 'unsafe-url-scheme', fixtures: ['a javascript: link in a content document'], why: 'Colophon also reports links that run script or read files (javascript:, file:…); Ace does not check URLs.' },
];

const knownOn = (known: (typeof KNOWN_DIFFERENCES)[number], fixture: string): boolean => known.fixtures === 'all' || known.fixtures.includes(fixture);

interface Observed {
  name: string;
  ace: readonly string[];
  aceViolations: AceViolation[];
  findings: Finding[];
}

const FIXTURES: Array<{ name: string; ace: readonly string[]; bytes: () => Promise<Uint8Array> }> = [
  ...PARITY_FIXTURES.map((fixture) => ({ name: fixture.name, ace: fixture.ace, bytes: () => brokenEpub(fixture.edit) })),
  { name: PIPELINE, ace: [], bytes: async () => (await buildEpub(sampleDocument())).bytes },
];

const observed = new Map<string, Observed>();
let cacheDir: string;
let browser: RenderingBrowser | undefined;

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'colophon-ace-parity-'));
  const epubs = await Promise.all(FIXTURES.map((fixture) => fixture.bytes()));
  const started = performance.now();
  const aceResults = await runAceOnAll(epubs, { concurrency: 2, cacheDir });
  console.info(`[ace-parity] Ace on ${epubs.length} EPUBs: ${Math.round((performance.now() - started) / 1000)} s`);
  browser = await RenderingBrowser.launch({ executablePath: locateBrowser({ environment: process.env }) });
  for (const [index, fixture] of FIXTURES.entries()) {
    const bytes = epubs[index] as Uint8Array;
    // Colophon's defaults: an EPUB is checked with Ace's axe configuration (src/audit/axe/ace-epub-profile.ts) unless told otherwise.
    const result = await audit([{ file: 'book.epub', kind: 'epub', bytes }], { browser });
    const aceViolations = aceResults[index]?.violations ?? [];
    observed.set(fixture.name, { name: fixture.name, ace: fixture.ace, aceViolations, findings: result.findings });
    console.info(`[ace-parity] ${fixture.name} | ace: ${rulesOf(aceViolations).join(', ') || '—'} | colophon: ${[...new Set(result.findings.map((finding) => finding.ruleId))].sort().join(', ') || '—'}`);
  }
}, 480_000);

afterAll(async () => {
  await browser?.close();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

function rulesOf(violations: readonly AceViolation[]): string[] {
  return [...new Set(violations.map((violation) => violation.rule))].sort();
}

/**
 * Ace names the package document (`EPUB/package.opf`) for its package checks and `/EPUB/nav.xhtml` for its reading-order
 * checks, which are about the whole publication: Colophon may place those elsewhere (a page break missing from the page
 * list is reported in the document holding it). axe's findings name a content document (`chapter-2.xhtml`): there the
 * Colophon finding must be in the same document.
 */
function sameDocument(violation: AceViolation, finding: Finding): boolean {
  if (violation.document === '' || violation.document.startsWith('/') || violation.document.endsWith('.opf')) return true;
  return (finding.location.document ?? '').split('/').pop() === violation.document.split('/').pop();
}

const answers = (violation: AceViolation, finding: Finding): boolean => colophonRulesFor(violation.rule).includes(finding.ruleId) && sameDocument(violation, finding);

/** (a) Ace violations that no Colophon finding answers, Ace rules Colophon does not check aside. */
function unanswered(run: Observed): AceViolation[] {
  return run.aceViolations.filter((violation) => !(violation.rule in NOT_IN_COLOPHON) && !run.findings.some((finding) => answers(violation, finding)));
}

/** (b) Colophon findings that answer no Ace violation and are not a known difference on this fixture. */
function unexplained(run: Observed): Finding[] {
  return run.findings.filter(
    (finding) => !run.aceViolations.some((violation) => answers(violation, finding)) && !KNOWN_DIFFERENCES.some((known) => known.rule === finding.ruleId && knownOn(known, run.name)),
  );
}

const describeFindings = (findings: readonly Finding[]): string => findings.map((finding) => `${finding.impact} ${finding.ruleId} in ${finding.location.document ?? '?'}: ${finding.message}`).join('\n');

function run(name: string): Observed {
  const result = observed.get(name);
  if (!result) throw new Error(`no result for fixture "${name}" (did beforeAll fail?)`);
  return result;
}

describe('Ace by DAISY and Colophon agree, both ways, on each fixture', () => {
  it.each(FIXTURES.map((fixture) => fixture.name))('%s', (name) => {
    const result = run(name);
    // The fixture makes Ace report what it says (a fixture that stopped working, or an Ace that changed, fails here).
    expect(rulesOf(result.aceViolations), describeViolations(result.aceViolations)).toEqual([...result.ace].sort());
    // (a) Checked: removing epubPageSource from EPUB_RULES (src/audit/epub/rules/index.ts) fails 'a page list without
    // its source' here ("serious epub-pagesource … expected [ … ] to deeply equal []"); any rule removed fails its fixture.
    expect(unanswered(result), describeViolations(unanswered(result))).toEqual([]);
    // (b) Checked: epubTitle's check returning a finding on every EPUB (a bogus extra) fails every fixture here but
    // 'empty dc:title', where Ace reports epub-title too.
    expect(unexplained(result), describeFindings(unexplained(result))).toEqual([]);
  });
});

describe('the map and the differences are exact', () => {
  // Adding a map entry (or deleting the only fixture of one) fails this: "rule X is mapped but never exercised".
  it('every rule of the Ace map is reported by Ace on some fixture (a map entry nothing exercises fails)', () => {
    const reported = new Set([...observed.values()].flatMap((result) => rulesOf(result.aceViolations)));
    const unexercised = Object.keys(ACE_TO_COLOPHON).filter((rule) => !reported.has(rule)).map((rule) => `rule ${rule} is mapped but never exercised`);
    expect(unexercised).toEqual([]);
  });

  it('every Ace rule mapped to nothing says why, and every reason names a mapped rule', () => {
    const unmapped = Object.entries(ACE_TO_COLOPHON).filter(([, rules]) => rules.length === 0).map(([rule]) => rule).sort();
    expect(Object.keys(NOT_IN_COLOPHON).sort()).toEqual(unmapped);
  });

  it('every known difference still happens on each fixture it names (on some fixture, for \'all\')', () => {
    const happens = (rule: string, name: string) => run(name).findings.some((finding) => finding.ruleId === rule);
    const stale = KNOWN_DIFFERENCES.flatMap((known) =>
      known.fixtures === 'all'
        ? (FIXTURES.some((fixture) => happens(known.rule, fixture.name)) ? [] : [`${known.rule} no longer reported on any fixture`])
        : known.fixtures.filter((name) => !happens(known.rule, name)).map((name) => `${known.rule} no longer reported on "${name}"`),
    );
    expect(stale).toEqual([]);
  });

  // A new EPUB rule in src/audit/epub/rules/index.ts fails this until it is mapped or listed as a known difference.
  it('every Colophon EPUB rule is the counterpart of an Ace rule or a known difference', () => {
    const accounted = new Set([...Object.values(ACE_TO_COLOPHON).flat(), ...KNOWN_DIFFERENCES.map((known) => known.rule)]);
    expect(EPUB_RULES.map((rule) => rule.id).filter((id) => !accounted.has(id))).toEqual([]);
  });
});
