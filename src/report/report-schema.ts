import { z } from 'zod';
import type { AuditReport } from './audit-report.js';

/**
 * The schema of report.json, version 1 — the one definition: `docs/report-schema.json` is generated from it
 * (a test keeps the two equal) and a test validates real reports against it. Version 1 grows only by optional
 * fields; any change a reader of an older report would trip on bumps `schemaVersion`.
 */
const impact = z.enum(['minor', 'moderate', 'serious', 'critical']).describe('How much the problem keeps people from the content, as axe and Ace grade it.');
const source = z
  .enum(['axe', 'epub', 'pdf', 'ingest', 'html'])
  .describe('Which checker found it: axe-core, the EPUB rules (after Ace by DAISY), the PDF rules (after veraPDF PDF/UA-1), reading the input, or Colophon’s own markup rules on a web page.');

const finding = z
  .object({
    ruleId: z.string().describe('axe rule id, EPUB rule id (Ace’s where Ace has the rule), or PDF rule id pdfua-<clause>-t<test>.'),
    source,
    impact,
    location: z
      .object({
        file: z.string().describe('The file audited, as given or as written.'),
        document: z.string().optional().describe('EPUB: the document inside the container. PDF: unused.'),
        selector: z.string().optional().describe('CSS selector (HTML, EPUB) or structure path (PDF).'),
        page: z.number().int().positive().optional().describe('PDF page, 1-based.'),
      })
      .strict(),
    message: z.string().describe('What is wrong, here.'),
    help: z.string().describe('How to fix it.'),
    helpUrl: z.string().optional(),
  })
  .strict();

const reviewImage = z
  .object({
    document: z.string().optional().describe('EPUB content document, or PDF structure path.'),
    page: z.number().int().positive().optional(),
    src: z.string().optional(),
    alt: z.string().optional().describe('Absent: the image has no text alternative at all. Empty: marked decorative.'),
    caption: z.string().optional(),
  })
  .strict();

const auditedFile = z
  .object({
    file: z.string(),
    kind: z.enum(['html', 'epub', 'pdf']),
    findings: z.number().int().nonnegative().describe('Findings in this file.'),
    format: z.string().optional().describe('e.g. "EPUB 3.0", "EPUB 2.0", "PDF 1.7", "HTML".'),
    metadata: z.array(z.object({ name: z.string(), value: z.string() }).strict()).optional().describe('Metadata found, as written: EPUB package metadata; PDF Info, /Lang and XMP; HTML title and lang.'),
    images: z.array(reviewImage).optional().describe('Every image with its text alternative and caption, for a person to review.'),
    pageCount: z.number().int().nonnegative().optional(),
    thumbnails: z
      .array(z.object({ page: z.number().int().positive(), dataUri: z.string().startsWith('data:image/png;base64,'), width: z.number().int().positive(), height: z.number().int().positive() }).strict())
      .optional()
      .describe('PDF: small PNG pictures of the first pages, for report.html.'),
    notes: z.array(z.string()).optional().describe('What a reader should know: EPUB 2 rules skipped, thumbnails not made…'),
    durationMs: z.number().nonnegative().optional().describe('Time the audit of this file took.'),
    rules: z
      .object({
        ran: z.array(z.string()).describe('Every rule run on the file: axe, EPUB and PDF rule ids.'),
        passed: z.number().int().nonnegative().describe('Rules that found nothing (axe rules: with something to check).'),
        failed: z.number().int().nonnegative().describe('Rules with a finding in this file.'),
        needsReview: z.number().int().nonnegative().describe('axe rules without a finding that left elements for a person to review.'),
        notApplicable: z.number().int().nonnegative().describe('axe rules that had nothing to check in this file.'),
      })
      .strict()
      .optional()
      .describe('The rules run and what they found; each rule of `ran` is in exactly one count. Absent: the file could not be read.'),
    humanChecks: z
      .array(
        z
          .object({
            id: z.string().describe('matterhorn-<checkpoint>, wcag-<criterion>, epub-a11y-…, or the axe rule id of a "needs review" result.'),
            reference: z.string().describe('The Matterhorn Protocol checkpoint, WCAG success criterion or axe rule the check comes from.'),
            question: z.string().describe('What a person looks at.'),
            seePages: z.boolean().optional().describe('PDF: the page thumbnails help.'),
            places: z
              .array(z.object({ document: z.string().optional(), selector: z.string().optional(), page: z.number().int().positive().optional(), message: z.string() }).strict())
              .optional()
              .describe('axe "needs review": the elements axe could not decide on (the first 20).'),
            placeCount: z.number().int().positive().optional().describe('How many places in all, when more than `places` lists.'),
            helpUrl: z.string().optional(),
          })
          .strict(),
      )
      .optional()
      .describe('Checks only a person can make: no finding never means the file conforms.'),
  })
  .strict();

const byImpact = z.object({ minor: z.number().int(), moderate: z.number().int(), serious: z.number().int(), critical: z.number().int() }).strict();

export const auditReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    tool: z.object({ name: z.literal('colophon'), version: z.string() }).strict(),
    article: z.object({ title: z.string(), language: z.string(), slug: z.string(), identifier: z.string() }).strict().optional().describe('The article, when the report comes from `colophon build`.'),
    outcome: z.object({ failOn: impact, passed: z.boolean() }).strict().describe('passed: no finding at failOn or worse.'),
    summary: z
      .object({
        total: z.number().int().nonnegative(),
        byImpact,
        bySource: z.object({ axe: z.number().int(), epub: z.number().int(), pdf: z.number().int(), ingest: z.number().int(), html: z.number().int() }).partial().strict(),
        humanChecks: z.number().int().nonnegative().optional().describe('Checks a person must make, over all files (files[].humanChecks).'),
      })
      .strict(),
    files: z.array(auditedFile),
    findings: z.array(finding).describe('Deduplicated; worst first, then by rule and place.'),
    figures: z
      .array(z.object({ id: z.string(), src: z.string(), alt: z.string().optional(), caption: z.string(), credit: z.string().optional() }).strict())
      .describe('`colophon build`: the article’s figures, as the semantic document holds them.'),
    warnings: z.array(z.object({ code: z.string(), message: z.string() }).strict()).describe('Notes on reading the input.'),
  })
  .strict()
  .describe('report.json, written by Colophon’s audit (`colophon build`, `colophon audit --report`).');

/** report.json's JSON Schema (draft 2020-12), generated from `auditReportSchema`. */
export function reportJsonSchema(): Record<string, unknown> {
  return { $id: 'https://colophon.invalid/report-schema-1.json', title: 'Colophon audit report', ...z.toJSONSchema(auditReportSchema, { target: 'draft-2020-12' }) };
}

/** Compile-time check: every AuditReport fits the schema. */
export const reportFitsSchema = (report: AuditReport): z.input<typeof auditReportSchema> => report;
