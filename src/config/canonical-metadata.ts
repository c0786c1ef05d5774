import { articleFileSchema } from './article-schema.js';
import { IGNORED_KEYS, METADATA_ALIASES, keyForm } from './metadata-aliases.js';

/** A key Colophon did not use: not in its table (`unknown`), or known from another tool and of no use here (`ignored`). */
export interface MetadataNotice {
  key: string;
  kind: 'unknown' | 'ignored';
  reason: string;
}

export interface CanonicalMetadata {
  /** The data with Colophon's keys and shapes, ready for the schema (as given when it is not a mapping). */
  data: unknown;
  /** Colophon's key → the key the author wrote (to name it in an error). */
  written: Record<string, string>;
  notices: MetadataNotice[];
}

const CANONICAL_KEYS = Object.keys(articleFileSchema.shape);
const KEY_BY_FORM = new Map<string, string>([
  ...METADATA_ALIASES.map((entry) => [keyForm(entry.alias), entry.canonical] as const),
  ...CANONICAL_KEYS.map((key) => [keyForm(key), key] as const),
]);
const IGNORED_BY_FORM = new Map(Object.entries(IGNORED_KEYS).map(([key, reason]) => [keyForm(key), reason]));
/** Fields that are lists: an alias and Colophon's key both given are joined (tags + categories). */
const LIST_FIELDS = new Set(['authors', 'subjects']);
const TEXT_FIELDS = new Set(['title', 'identifier', 'description', 'standfirst', 'slug', 'date', 'modified']);

/**
 * Maps the keys and value shapes other tools write to Colophon's (see metadata-aliases.ts), before validation:
 * `lang` → `language`, `author: [A, B]` → `authors`, a YAML date → an ISO 8601 string, `tags: a, b` → `subjects`.
 * A key neither Colophon's nor an alias is left out and noted (never an error); a value of the wrong type is left
 * as it is, for the schema to refuse with the key's name.
 */
export function canonicalMetadata(data: unknown): CanonicalMetadata {
  if (!isMapping(data)) return { data, written: {}, notices: [] };
  const result: Record<string, unknown> = {};
  const written: Record<string, string> = {};
  const notices: MetadataNotice[] = [];
  // Colophon's own key first, so that it wins over an alias of it.
  const entries = Object.entries(data).sort(([a], [b]) => Number(!isCanonical(a)) - Number(!isCanonical(b)));
  for (const [key, raw] of entries) {
    const canonical = KEY_BY_FORM.get(keyForm(key));
    if (!canonical) {
      const reason = IGNORED_BY_FORM.get(keyForm(key));
      notices.push(reason ? { key, kind: 'ignored', reason } : { key, kind: 'unknown', reason: 'not a key Colophon reads' });
      continue;
    }
    if (raw === null || raw === undefined) continue;
    const value = shaped(canonical, raw, keyForm(key));
    const previous = result[canonical];
    if (previous === undefined) {
      result[canonical] = value;
      written[canonical] = key;
    } else if (LIST_FIELDS.has(canonical) && Array.isArray(previous) && Array.isArray(value)) {
      result[canonical] = [...new Set([...previous, ...value])];
    } else {
      notices.push({ key, kind: 'ignored', reason: `\`${written[canonical]}\` already gives the ${canonical}` });
    }
  }
  return { data: result, written, notices };
}

function isCanonical(key: string): boolean {
  return CANONICAL_KEYS.includes(key);
}

function shaped(canonical: string, value: unknown, form: string): unknown {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number' && Number.isFinite(value) && TEXT_FIELDS.has(canonical)) return shaped(canonical, String(value), form);
  switch (canonical) {
    case 'date':
    case 'modified':
      return typeof value === 'string' ? isoDateText(value) : value;
    case 'language':
      return typeof value === 'string' ? value.trim().replace(/_/g, '-') : value;
    case 'identifier':
      return typeof value === 'string' && form === 'isbn' ? `urn:isbn:${value.trim()}` : value;
    case 'authors':
      return Array.isArray(value) ? value.map(personName) : value === undefined ? value : [personName(value)];
    case 'subjects':
      if (typeof value === 'string') return value.split(',').map((word) => word.trim()).filter(Boolean);
      return Array.isArray(value) ? value.map((word) => (typeof word === 'number' ? String(word) : word)) : value;
    default:
      return value;
  }
}

/** pandoc writes authors as `{ name, affiliation }`, Eleventy as `{ name, email }`: the name is the author. */
function personName(value: unknown): unknown {
  if (isMapping(value) && typeof value['name'] === 'string') return value['name'];
  return typeof value === 'number' ? String(value) : value;
}

/** A YAML 1.1 timestamp (or a Date from memory) → ISO 8601: the day alone when it has no time of day. */
function isoDate(date: Date): string | Date {
  if (Number.isNaN(date.getTime())) return date;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** Jekyll's `2015-03-21 20:30:00 -0500` → `2015-03-21T20:30:00-05:00`; anything else as written. */
function isoDateText(text: string): string {
  const jekyll = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!jekyll) return text.trim();
  const [, day, time, zone] = jekyll;
  const offset = zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : (zone ?? '');
  return `${day}T${time}${offset}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
