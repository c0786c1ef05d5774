import { IMPACTS, type Finding, type Impact } from '../model/finding.js';
import { escapeXml } from '../markup/escape.js';
import { type AuditReport, machineVerdict } from './audit-report.js';
import { fileAnchor, fileSections, figuresSection } from './report-html-files.js';
import { REPORT_CSS } from './report-style.js';

const WORST_FIRST: readonly Impact[] = [...IMPACTS].reverse();

/** report.html: one self-contained page (no script, no request) that a person reads instead of the JSON. */
export function reportHtml(report: AuditReport): string {
  const title = report.article ? `Accessibility report: ${report.article.title}` : 'Accessibility report';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
<title>${escapeXml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeXml(title)}</h1>
<p class="verdict ${report.outcome.passed ? 'passed' : 'failed'}">${verdict(report)}</p>
<nav aria-label="Sections"><ul class="toc"><li><a href="#summary">Summary</a></li><li><a href="#findings">Findings</a></li><li><a href="#files">Files in detail</a></li>${report.figures.length > 0 ? '<li><a href="#figures">Images to review</a></li>' : ''}</ul></nav></header>
<main>
${summarySection(report)}
${findingsSection(report)}
${fileSections(report)}
${figuresSection(report)}
${warningsSection(report)}
</main>
<footer><p>Colophon ${escapeXml(report.tool.version)} · report schema ${report.schemaVersion} · axe-core for HTML and EPUB documents, EPUB rules after Ace by DAISY, PDF rules after veraPDF’s PDF/UA-1 profile.</p></footer>
</body>
</html>
`;
}

function verdict(report: AuditReport): string {
  // Reports made before human checks were counted (summary.humanChecks absent) keep their old wording.
  const people = report.summary.humanChecks === undefined ? '' : `; ${machineVerdict(report).split('; ')[1]} (listed under each file)`;
  if (report.summary.total === 0) return people ? `No machine-checkable failure${people}.` : 'Nothing to report: no checker found a problem.';
  const count = `${report.summary.total} finding${report.summary.total === 1 ? '' : 's'}`;
  return report.outcome.passed
    ? `Passed: ${count}, none at “${report.outcome.failOn}” or worse${people}.`
    : `Failed: ${count}, some at “${report.outcome.failOn}” or worse${people}.`;
}

function impactBadge(impact: Impact): string {
  return `<span class="impact ${impact}">${impact}</span>`;
}

function summarySection(report: AuditReport): string {
  const impacts = WORST_FIRST.map((impact) => `<li>${impactBadge(impact)} <strong>${report.summary.byImpact[impact]}</strong></li>`).join('');
  const rows = report.files
    .map((file) => {
      const own = report.findings.filter((finding) => finding.location.file === file.file);
      const counts = WORST_FIRST.map((impact) => own.filter((finding) => finding.impact === impact).length);
      const cells = counts.map((count) => `<td class="number">${count || '–'}</td>`).join('');
      const time = file.durationMs === undefined ? '' : `${(file.durationMs / 1000).toFixed(1)} s`;
      return `<tr><th scope="row"><a href="#${fileAnchor(report, file.file)}">${escapeXml(file.file)}</a></th><td>${escapeXml(file.format ?? file.kind.toUpperCase())}</td>${cells}<td class="number">${file.findings}</td><td class="number">${file.rules ? file.rules.ran.length : '–'}</td><td class="number">${file.humanChecks?.length ?? '–'}</td><td class="number">${time}</td></tr>`;
    })
    .join('');
  const heads = WORST_FIRST.map((impact) => `<th scope="col" class="number">${impact[0]?.toUpperCase()}${impact.slice(1)}</th>`).join('');
  return `<section aria-labelledby="summary"><h2 id="summary">Summary</h2>
<ul class="impacts" aria-label="Findings by impact">${impacts}</ul>
<div class="scroll" role="region" aria-label="Files audited" tabindex="0"><table><caption>Files audited, with their findings by impact, the rules run and the checks left to a person</caption><thead><tr><th scope="col">File</th><th scope="col">Format</th>${heads}<th scope="col" class="number">All</th><th scope="col" class="number">Rules run</th><th scope="col" class="number">Checks for a person</th><th scope="col" class="number">Time</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function findingsSection(report: AuditReport): string {
  if (report.findings.length === 0) return '<section aria-labelledby="findings"><h2 id="findings">Findings</h2><p>None.</p></section>';
  const byRule = new Map<string, Finding[]>();
  for (const finding of report.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const groups = [...byRule.entries()].map(([ruleId, findings]) => {
    const first = findings[0] as Finding;
    const worst = WORST_FIRST.find((impact) => findings.some((finding) => finding.impact === impact)) ?? first.impact;
    const more = first.helpUrl ? ` <a href="${escapeXml(first.helpUrl)}">More about <span class="rule-id">${escapeXml(ruleId)}</span></a>` : '';
    const places = findings.map((finding) => `<li>${finding.impact === worst ? '' : `${impactBadge(finding.impact)} `}<code>${escapeXml(place(finding))}</code><br />${escapeXml(finding.message)}</li>`).join('');
    return `<article class="rule" aria-labelledby="rule-${escapeXml(ruleId)}"><h3 id="rule-${escapeXml(ruleId)}">${impactBadge(worst)} ${escapeXml(ruleId)} <small>${first.source} · ${findings.length} place${findings.length === 1 ? '' : 's'}</small></h3>
<p class="fix"><strong>How to fix:</strong> ${escapeXml(first.help)}${more}</p><ul class="places">${places}</ul></article>`;
  });
  return `<section aria-labelledby="findings"><h2 id="findings">Findings by rule</h2>${groups.join('\n')}</section>`;
}

export function place(finding: Finding): string {
  const { file, document, selector, page } = finding.location;
  return [file, document, page === undefined ? undefined : `page ${page}`, selector].filter(Boolean).join(' › ');
}

function warningsSection(report: AuditReport): string {
  if (report.warnings.length === 0) return '';
  const items = report.warnings.map((warning) => `<li><code>${escapeXml(warning.code)}</code> ${escapeXml(warning.message)}</li>`).join('');
  return `<section aria-labelledby="warnings"><h2 id="warnings">Notes on the input</h2><ul>${items}</ul></section>`;
}
