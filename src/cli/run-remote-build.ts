import { relative } from 'node:path';
import type { BuildFlags } from './build-command.js';
import { EXIT_AUDIT_FAILED, EXIT_PASSED } from './exit-codes.js';
import type { Io } from './io.js';
import { metadataOverrides } from './metadata-overrides.js';

/** `colophon build --server URL`: each article is built by the service and its outputs written where a local build would. */
export async function buildRemotely(inputs: readonly string[], flags: BuildFlags & { server: string }, io: Io): Promise<number> {
  const { buildOnServer } = await import('../service/client/remote-build.js');
  let passed = true;
  const overrides = metadataOverrides(flags);
  for (const input of inputs) {
    const { record, outputDir, written } = await buildOnServer({
      server: flags.server,
      token: flags.token ?? io.environment['COLOPHON_TOKEN'],
      input,
      outDir: flags.out,
      allowOutside: flags.allowOutside,
      options: {
        formats: flags.formats,
        pageSize: flags.pageSize,
        failOn: flags.failOn,
        audit: flags.audit,
        hyphenation: flags.hyphenation,
        ...(flags.bleed !== undefined && { bleed: flags.bleed }),
        ...(flags.cropMarks && { cropMarks: true }),
        ...(flags.certifiedBy && { certifiedBy: flags.certifiedBy }),
        ...(overrides && { meta: overrides }),
      },
    });
    passed &&= record.findings?.passed ?? true;
    if (flags.json) {
      const report = written.find((path) => path.endsWith('report.json'));
      if (report) io.stdout(await import('node:fs/promises').then((fs) => fs.readFile(report, 'utf8')));
    } else if (!flags.quiet) {
      const count = record.findings?.total ?? 0;
      io.stdout(`${input}: built by ${flags.server} into ${relative(io.cwd, outputDir) || '.'} (${written.length} files); ${count === 0 ? 'nothing to report' : `${count} finding${count === 1 ? '' : 's'}`}\n`);
    }
  }
  return passed ? EXIT_PASSED : EXIT_AUDIT_FAILED;
}
