import type { BatchEvent, BatchSummary } from '../batch/build-batch.js';

/** Progress of a batch: an updating bar on a terminal, plain lines otherwise. */
export function batchProgress(total: number, output: { write: (text: string) => void; isTTY: boolean }): (event: BatchEvent) => void {
  const started = performance.now();
  let done = 0;
  let failures = 0;
  return (event) => {
    if (event.type === 'printing') return;
    if (event.type === 'retrying') {
      if (!output.isTTY) output.write(`retry  ${event.input}: ${event.error.message}\n`);
      return;
    }
    done += 1;
    if (event.type === 'failed') failures += 1;
    if (!output.isTTY) {
      output.write(`${plainLine(event)}\n`);
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = Math.round((total - done) / Math.max(rate, 0.001));
    const width = 24;
    const filled = Math.round((done / total) * width);
    output.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)}/s  ETA ${eta}s  failures ${failures}${done === total ? '\n' : ''}`);
  };
}

function plainLine(event: Exclude<BatchEvent, { type: 'retrying' | 'printing' }>): string {
  switch (event.type) {
    case 'built':
      return `built  ${event.input} → ${event.slug} (${event.ms} ms)${event.passed ? '' : ' — audit failed'}`;
    case 'skipped':
      return `same   ${event.input} (unchanged, skipped)`;
    case 'failed':
      return `FAILED ${event.input}: ${event.error.message} [${event.error.code}]`;
  }
}

/** The final table: counts, then every failure with its typed error and hint. */
export function batchSummaryTable(summary: BatchSummary): string {
  const rows = [
    '| articles | built | skipped (unchanged) | audit failed | failed |',
    '|---|---|---|---|---|',
    `| ${summary.total} | ${summary.built} | ${summary.skipped} | ${summary.auditFailed.length} | ${summary.failed.length} |`,
  ];
  for (const failure of summary.failed) rows.push(`FAILED ${failure.input} [${failure.code}] ${failure.message}\n  hint: ${failure.hint}`);
  for (const input of summary.retried) rows.push(`retried: ${input} (Chromium crashed or it hung past --timeout; restarted)`);
  for (const input of summary.auditFailed) rows.push(`audit failed: ${input} (see its report.html)`);
  return rows.join('\n');
}
