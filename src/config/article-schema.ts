import { z } from 'zod';

/**
 * The article metadata file (`article.yaml` beside the text, or Markdown front matter).
 * Each field is declared once, with its description: the types and the README's table come from here. Other tools'
 * names for these fields (`lang`, `author`, `tags`…) are mapped to them before validation: see metadata-aliases.ts.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/, 'an ISO 8601 date, e.g. 2023-06-15');

const party = z.union([
  z.string().min(1),
  z.object({ name: z.string().min(1), url: z.url().optional() }).strict(),
]);

export const figureSchema = z
  .object({
    src: z.string().min(1).describe('Image file, relative to the article file, or a data: URI.'),
    alt: z.string().optional().describe('Text alternative. Empty ("") only for a purely decorative image; leaving it out is reported by the audit, never filled in.'),
    caption: z.string().optional().describe('Overrides the caption line found in the text.'),
    credit: z.string().optional().describe('Overrides the credit found in the caption line.'),
  })
  .strict();

export const articleFileSchema = z
  .object({
    title: z.string().min(1).optional().describe('Headline. Default: the Markdown’s level-1 heading, else the file or folder name (reported as metadata-title-derived).'),
    language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 language tag, e.g. fr or en-GB').optional().describe('Language of the article (BCP 47). Default: detected from the text (LANGUAGE_DETECTED).'),
    identifier: z.string().min(1).optional().describe('Stable identifier (URN, URL, UUID). Default: a UUID derived from the slug and title.'),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens').optional().describe('Output name. Default: the folder or file name.'),
    authors: z.array(z.string().min(1)).optional().describe('Authors, in order: a list, or one name.'),
    description: z.string().optional().describe('One-sentence summary. Default: the standfirst.'),
    standfirst: z.string().optional().describe('Lead paragraph (Markdown input; plain text takes its first line).'),
    publisher: party.optional().describe('Publisher of the original: a name, or { name, url }.'),
    source: z.url().optional().describe('URL of the original article, printed in full in every edition.'),
    date: isoDate.optional().describe('Publication date (ISO 8601; a YAML date or timestamp is accepted).'),
    modified: isoDate.optional().describe('Last modification (ISO 8601). Default: date.'),
    license: party.optional().describe('Licence of the text: a name, or { name, url }.'),
    abbreviations: z.record(z.string(), z.string().min(1)).optional().describe('Acronyms to expand with <abbr title>: { OTAN: "Organisation du traité de l’Atlantique Nord" }.'),
    subjects: z.array(z.string().min(1)).optional().describe('Keywords: a list, or one string of comma-separated words.'),
    image: figureSchema.optional().describe('The photo a plain-text article’s caption line describes.'),
    images: z.array(figureSchema).optional().describe('Photos for several caption lines, in order.'),
    text: z.string().optional().describe('The article file in this folder, when it is not article.txt / article.md.'),
  })
  .strict();

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type FigureFile = z.infer<typeof figureSchema>;
