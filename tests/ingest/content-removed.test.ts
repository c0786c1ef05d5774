import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/cli/terminal-summary.js';
import type { PublishResult } from '../../src/publish/publish.js';
import { makeReport, reportJson } from '../../src/report/audit-report.js';
import { reportHtml } from '../../src/report/report-html.js';
import { documentOf, fixturePath, SAMPLE_DIR } from '../support/pipeline.js';

// Issue #12 item 5: whatever the readers or the sanitizer drop that carried text, media or structure is a finding.
describe('content-removed', () => {
  it('names each element the sanitizer drops, the text it held and where it stood', async () => {
    // Fails without the pre-pass in sanitize() (removedContentFindings, src/sanitize/sanitize.ts): no finding at all.
    const document = await documentOf(fixturePath('articles', 'dropped-content', 'article.md'));
    const removed = (document.findings ?? []).filter((finding) => finding.ruleId === 'content-removed');
    const summary = removed.map((finding) => [finding.impact, finding.location.selector, finding.message]);
    expect(summary).toEqual([
      ['moderate', 'iframe:nth-child(2)', '<iframe> was left out of the article; 16 characters of text went with it.'],
      ['minor', 'p:nth-child(3) > video:nth-child(1)', '<video> was left out of the article; the text it held is kept.'],
      ['minor', 'p:nth-child(4) > audio:nth-child(1)', '<audio> was left out of the article; it held no text.'],
      ['minor', 'form:nth-child(5)', '<form> was left out of the article; the text it held is kept.'],
      ['moderate', 'p:nth-child(6) > svg:nth-child(1)', '<svg> was left out of the article; 14 characters of text went with it.'],
      ['minor', 'p:nth-child(7) > harbour-widget:nth-child(1)', '<harbour-widget> was left out of the article; the text it held is kept.'],
    ]);
    for (const finding of removed) {
      expect(finding.source).toBe('ingest');
      expect(finding.location.file).toMatch(/dropped-content\/article\.md$/);
      expect(finding.help).not.toBe('');
    }
    // The script and the <font> wrapper are not content: not reported. The text the video and the widget held is kept.
    expect(removed.some((finding) => /script|font/.test(finding.message))).toBe(false);
    expect(document.articleHtml).toContain('Live tide heights for the harbour');
  });

  it('reports nothing for an article whose every element is kept', async () => {
    const document = await documentOf(fixturePath('articles', 'markdown-clean', 'article.md'));
    expect(document.findings ?? []).toEqual([]);
  });

  it('lists the scrape leftovers the plain-text reader drops, at minor', async () => {
    // Fails without leftoverFindings in ingest's plain-text branch (src/ingest/ingest.ts).
    const document = await documentOf(SAMPLE_DIR);
    expect((document.findings ?? []).map((finding) => [finding.ruleId, finding.impact, finding.message])).toEqual([
      ['content-removed', 'minor', 'The closing line “Source” was left out of the article; 6 characters of text went with it.'],
      ['content-removed', 'minor', 'The closing line “Comment (0)” was left out of the article; 11 characters of text went with it.'],
    ]);
  });

  it('reaches report.json, report.html and the CLI summary', async () => {
    const document = await documentOf(fixturePath('articles', 'dropped-content', 'article.md'));
    const findings = document.findings ?? [];
    const report = makeReport({ version: 'test', failOn: 'serious', files: [], findings, metadata: document.metadata, figures: document.figures, warnings: document.warnings });
    expect(report.outcome.passed).toBe(true);
    const json = JSON.parse(reportJson(report)) as { findings: { ruleId: string }[] };
    expect(json.findings.filter((finding) => finding.ruleId === 'content-removed')).toHaveLength(6);
    const html = reportHtml(report);
    expect(html).toContain('content-removed');
    expect(html).toContain('&lt;iframe&gt; was left out of the article');
    const result = { metadata: document.metadata, document, outputDir: 'out', outputs: {}, findings, passed: true } as PublishResult;
    expect(buildSummary(result, process.cwd())).toContain('removed: 6 part(s) of the input left out of the article');
  });
});
