import { z } from 'zod';
import { IMPACTS } from '../model/finding.js';
import { OUTPUT_FORMATS } from '../model/output-format.js';
import { CUSTOM_PAGE_LIMITS_MM, PAGE_SIZES } from '../model/page-size.js';

/**
 * What a build request asks for, as the service stores it: the article's text, its format, its metadata (data,
 * never code), its images by the relative path the text names them with (names are keys, never paths on disk),
 * and the build options of the CLI. One schema: the HTTP layer, the store and the OpenAPI document read it.
 */
export const SOURCE_FORMATS = ['markdown', 'text', 'html'] as const;

const pageSize = z.union([
  z.enum(PAGE_SIZES as unknown as [string, ...string[]]),
  z.object({ width: z.number().min(CUSTOM_PAGE_LIMITS_MM.min).max(CUSTOM_PAGE_LIMITS_MM.max), height: z.number().min(CUSTOM_PAGE_LIMITS_MM.min).max(CUSTOM_PAGE_LIMITS_MM.max) }).strict(),
]);

export const buildOptionsSchema = z
  .object({
    formats: z.array(z.enum(OUTPUT_FORMATS as unknown as [string, ...string[]])).min(1).optional().describe('Outputs to make; default html, epub and pdf.'),
    pageSize: pageSize.optional().describe('A4 (default), Letter, A5, or { width, height } in millimetres.'),
    failOn: z.enum(IMPACTS as unknown as [string, ...string[]]).optional().describe('Impact at which the audit fails; default serious.'),
    audit: z.boolean().optional().describe('Run the audit and make the reports; default true.'),
    title: z.string().min(1).max(1000).optional().describe('Title, over the metadata’s.'),
    language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/).optional().describe('Language (BCP 47), over the metadata’s.'),
    meta: z.record(z.string(), z.unknown()).optional().describe('Metadata over the article’s own, keys as in article.yaml (the CLI’s --meta); title and language above win over it.'),
    hyphenation: z.boolean().optional().describe('Hyphenate the print edition; default true.'),
    bleed: z.number().min(0).max(20).optional().describe('Print bleed in millimetres.'),
    cropMarks: z.boolean().optional().describe('Crop marks outside the trim.'),
    certifiedBy: z.string().min(1).max(500).optional().describe('Evaluator named in the EPUB’s conformance claim.'),
    callbackUrl: z.string().url().max(2000).optional().describe('Called (POST, JSON record) when the build ends; only for hosts the server allows (--allow-callbacks).'),
  })
  .strict();

export type BuildOptions = z.infer<typeof buildOptionsSchema>;

export const sourceSchema = z
  .object({
    text: z.string().min(1).describe('The article: plain text, Markdown or HTML.'),
    format: z.enum(SOURCE_FORMATS).describe('How to read the text.'),
    metadata: z.record(z.string(), z.unknown()).optional().describe('Article metadata, as in article.yaml.'),
    name: z.string().max(200).optional().describe('The article’s file name, for the slug and messages (never a path).'),
    fileModified: z.iso.datetime({ offset: true }).optional().describe('When the article’s file was last modified: the EPUB’s date when the article gives none.'),
  })
  .strict();

export type BuildSourceText = z.infer<typeof sourceSchema>;

/** A build request after validation: the files are bytes keyed by the relative path the article names them with. */
export interface BuildInput {
  source: BuildSourceText;
  files: Record<string, Uint8Array>;
  options: BuildOptions;
}
