import { ColophonError } from '../errors.js';
import type { ArticleMetadata } from '../model/metadata.js';

/** The dates an EPUB carries. All come from the article's metadata, never from the clock, so builds repeat byte for byte. */
export interface PackageDates {
  /** `dcterms:modified`, `CCYY-MM-DDThh:mm:ssZ`. */
  modified: string;
  published?: PublicationDate;
  /** Time stamp of every ZIP entry (the modification date; the ZIP format cannot go before 1980). */
  zipEntryDate: Date;
}

export interface PublicationDate {
  /** `dc:date` in W3CDTF: `2023`, `2023-06`, `2023-06-15` as given, a date-time normalised to UTC. */
  w3cdtf: string;
  /** The calendar part as given (`2023`, `2023-06` or `2023-06-15`): a valid HTML `<time datetime>`. */
  calendar: string;
  precision: DatePrecision;
}

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

// The forms the article schema accepts: YYYY, YYYY-MM, YYYY-MM-DD, and a date-time with an optional offset.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const ZIP_EPOCH = Date.UTC(1980, 0, 1);

interface ParsedDate {
  /** The instant, missing parts taken as their first value (2023-06 is 2023-06-01T00:00:00Z). */
  date: Date;
  calendar: string;
  precision: DatePrecision;
}

/** Reads `modified` (else `published`) and `published`; an EPUB cannot be made reproducibly without one of them. */
export function packageDatesOf(metadata: Pick<ArticleMetadata, 'published' | 'modified'>): PackageDates {
  const published = metadata.published === undefined ? undefined : parseIsoDate(metadata.published, 'publication');
  const modified = metadata.modified === undefined ? published : parseIsoDate(metadata.modified, 'modification');
  if (!modified) {
    throw new ColophonError('METADATA_INVALID', 'The article has neither a publication date nor a modification date, and an EPUB must carry one (dcterms:modified).', {
      hint: 'Add `date:` (or `modified:`) to the article’s metadata, e.g. `date: 2023-06-15`. Colophon never uses the build time, so that the same article always gives the same EPUB.',
    });
  }
  return {
    modified: utcSeconds(modified.date),
    ...(published && { published: publicationDate(published) }),
    zipEntryDate: new Date(Math.max(modified.date.getTime(), ZIP_EPOCH)),
  };
}

function publicationDate({ date, calendar, precision }: ParsedDate): PublicationDate {
  return { w3cdtf: precision === 'time' ? utcSeconds(date) : calendar, calendar, precision };
}

function parseIsoDate(value: string, kind: string): ParsedDate {
  const match = ISO_DATE.exec(value.trim());
  const parsed = match ? parsedDateOf(match) : undefined;
  if (!parsed) {
    throw new ColophonError('METADATA_INVALID', `The article's ${kind} date "${value}" is not an ISO 8601 date.`, {
      hint: 'Write dates as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, e.g. 2023-06-15.',
    });
  }
  return parsed;
}

function parsedDateOf(match: RegExpExecArray): ParsedDate | undefined {
  const [, year = '', month, day, hour, minute, second = '00', zone = 'Z'] = match;
  const calendarDay = new Date(Date.UTC(Number(year), Number(month ?? '01') - 1, Number(day ?? '01')));
  // Date rolls 2023-02-30 over to March: check the calendar day first.
  if (calendarDay.getUTCMonth() !== Number(month ?? '01') - 1 || calendarDay.getUTCDate() !== Number(day ?? '01')) return undefined;
  const calendar = [year, month, day].filter(Boolean).join('-');
  const precision: DatePrecision = hour !== undefined ? 'time' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const date = hour === undefined ? calendarDay : new Date(`${calendar}T${hour}:${minute}:${second}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : { date, calendar, precision };
}

function utcSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
