import type { FastifyInstance } from 'fastify';
import { type AuditTarget, audit } from '../../audit/audit.js';
import { kindOf } from '../../audit/collect-targets.js';
import { IMPACTS, type Impact } from '../../model/finding.js';
import { makeReport } from '../../report/audit-report.js';
import { COLOPHON_VERSION } from '../../version.js';
import type { ServiceContext } from '../service-context.js';
import { ApiError } from './api-error.js';
import { tooLarge } from './read-build-request.js';

/**
 * `POST /v1/audits`: HTML, EPUB and PDF files uploaded in `files` → the same JSON report as `colophon audit --json`.
 * A PDF's rules run on the server's stage threads: a long PDF (seconds of parsing) must not hold the event loop, or
 * `/healthz` stops answering and an orchestrator restarts a service that was only busy.
 */
export function registerAuditRoutes(app: FastifyInstance, context: ServiceContext): void {
  app.post('/v1/audits', async (request) => {
    if (!request.isMultipart()) throw new ApiError(415, 'REQUEST_INVALID', 'Audits take multipart uploads.', 'Send the files to audit in multipart fields named `files`.');
    const { limits } = context.options;
    const targets: AuditTarget[] = [];
    let failOn: Impact = 'serious';
    let total = 0;
    for await (const part of request.parts({ limits: { fileSize: limits.maxUploadBytes, files: limits.maxFiles, fields: 4, parts: limits.maxFiles + 4 } })) {
      if (part.type === 'field') {
        if (part.fieldname === 'failOn' && IMPACTS.includes(String(part.value) as Impact)) failOn = String(part.value) as Impact;
        else throw new ApiError(400, 'REQUEST_INVALID', `Unknown or invalid field "${part.fieldname.slice(0, 40)}".`, `Send files, and optionally failOn (${IMPACTS.join(', ')}).`);
        continue;
      }
      const bytes = new Uint8Array(await part.toBuffer());
      total += bytes.length;
      if (total > limits.maxUploadBytes) throw tooLarge(limits);
      const name = part.filename.replace(/^.*[\\/]/, '').slice(0, 200) || `file-${targets.length + 1}`;
      const kind = kindOf(name, bytes);
      if (!kind) throw new ApiError(415, 'FORMAT_UNSUPPORTED', `${name} is not an HTML, EPUB or PDF file.`, 'Audits read .html, .xhtml, .epub and .pdf files.');
      targets.push({ file: name, kind, bytes });
    }
    if (targets.length === 0) throw new ApiError(400, 'REQUEST_INVALID', 'No file to audit.', 'Send the files in multipart fields named `files`.');
    const result = await context.supervisor.run('Audit', limits.buildTimeoutMs, (browser) => audit(targets, { browser, pdfThumbnails: false, auditPdf: context.stages.auditPdf }));
    return makeReport({ version: COLOPHON_VERSION, failOn, files: result.files, findings: result.findings });
  });
}
