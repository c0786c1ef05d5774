import type { Finding } from '../model/finding.js';
import { escapeXml } from '../markup/escape.js';
import type { AuditReport } from './audit-report.js';
import { REPORT_CSS } from './report-style.js';

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
<p class="verdict ${report.outcome.passed ? 'passed' : 'failed'}">${verdict(report)}</p></header>
<main>
${summarySection(report)}
${findingsSection(report)}
${figuresSection(report)}
${warningsSection(report)}
</main>
<footer><p>Colophon ${escapeXml(report.tool.version)} · report schema ${report.schemaVersion}</p></footer>
</body>
</html>
`;
}

function verdict(report: AuditReport): string {
  if (report.summary.total === 0) return 'Nothing to report: no checker found a problem.';
  const worst = `${report.summary.total} finding${report.summary.total === 1 ? '' : 's'}`;
  return report.outcome.passed
    ? `Passed: ${worst}, none at “${report.outcome.failOn}” or worse.`
    : `Failed: ${worst}, some at “${report.outcome.failOn}” or worse.`;
}

function summarySection(report: AuditReport): string {
  const rows = report.files
    .map((file) => `<tr><th scope="row">${escapeXml(file.file)}</th><td>${file.kind.toUpperCase()}</td><td>${file.findings}</td></tr>`)
    .join('');
  const impacts = (['critical', 'serious', 'moderate', 'minor'] as const)
    .map((impact) => `<li><span class="impact ${impact}">${impact}</span> ${report.summary.byImpact[impact]}</li>`)
    .join('');
  return `<section aria-labelledby="summary"><h2 id="summary">Summary</h2>
<ul class="impacts">${impacts}</ul>
<table><caption>Files audited</caption><thead><tr><th scope="col">File</th><th scope="col">Format</th><th scope="col">Findings</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function findingsSection(report: AuditReport): string {
  if (report.findings.length === 0) return '<section aria-labelledby="findings"><h2 id="findings">Findings</h2><p>None.</p></section>';
  const byRule = new Map<string, Finding[]>();
  for (const finding of report.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const groups = [...byRule.entries()].map(([ruleId, findings]) => {
    const first = findings[0] as Finding;
    const more = first.helpUrl ? ` <a href="${escapeXml(first.helpUrl)}">More about ${escapeXml(ruleId)}</a>` : '';
    const places = findings.map((finding) => `<li><code>${escapeXml(place(finding))}</code>: ${escapeXml(finding.message)}</li>`).join('');
    return `<article class="rule"><h3><span class="impact ${first.impact}">${first.impact}</span> ${escapeXml(ruleId)} <small>(${first.source}, ${findings.length})</small></h3>
<p><strong>How to fix:</strong> ${escapeXml(first.help)}${more}</p><ul>${places}</ul></article>`;
  });
  return `<section aria-labelledby="findings"><h2 id="findings">Findings by rule</h2>${groups.join('\n')}</section>`;
}

function place(finding: Finding): string {
  const { file, document, selector, page } = finding.location;
  return [file, document, page === undefined ? undefined : `page ${page}`, selector].filter(Boolean).join(' › ');
}

function figuresSection(report: AuditReport): string {
  if (report.figures.length === 0) return '';
  const rows = report.figures
    .map((figure) => `<tr><th scope="row">${escapeXml(figure.id)}<br /><code>${escapeXml(figure.src)}</code></th><td>${figure.alt === undefined ? '<strong>(missing)</strong>' : figure.alt ? escapeXml(figure.alt) : '<em>(empty: decorative)</em>'}</td><td>${escapeXml(figure.caption)}${figure.credit ? ` <em>${escapeXml(figure.credit)}</em>` : ''}</td></tr>`)
    .join('');
  return `<section aria-labelledby="figures"><h2 id="figures">Images to review</h2>
<p>No checker can tell whether a text alternative is right. Read each one against its image and caption.</p>
<table><caption>Images, their text alternatives and captions</caption><thead><tr><th scope="col">Image</th><th scope="col">Alt text</th><th scope="col">Caption and credit</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function warningsSection(report: AuditReport): string {
  if (report.warnings.length === 0) return '';
  const items = report.warnings.map((warning) => `<li><code>${escapeXml(warning.code)}</code> ${escapeXml(warning.message)}</li>`).join('');
  return `<section aria-labelledby="warnings"><h2 id="warnings">Notes on the input</h2><ul>${items}</ul></section>`;
}
