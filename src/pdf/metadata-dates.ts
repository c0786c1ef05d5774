import type { ArticleMetadata } from '../model/metadata.js';

/** The dates a PDF carries, taken from the article's metadata: never the time of the build. */
export interface PdfDates {
  created?: Date;
  modified?: Date;
}

/**
 * Creation date = `published` (else `modified`), modification date = `modified` (else `published`).
 * A date-only value (`2023-06-15`) is midnight UTC. Values that do not parse are left out.
 */
export function pdfDatesOf(metadata: Pick<ArticleMetadata, 'published' | 'modified'>): PdfDates {
  const published = parseIsoDate(metadata.published);
  const modified = parseIsoDate(metadata.modified);
  const created = published ?? modified;
  const changed = modified ?? published;
  return { ...(created && { created }), ...(changed && { modified: changed }) };
}

/** An ISO 8601 date or date-time as a Date, or undefined. Date-times without an offset are read as UTC. */
export function parseIsoDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone = 'Z'] = match;
  // The Date constructor silently rolls 2023-02-30 over to March: check the calendar date first.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return undefined;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** XMP form of a date: `2023-06-15T00:00:00Z` (UTC, whole seconds). */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
