import { InvalidArgumentError } from 'commander';
import { IMPACTS, type Impact } from '../model/finding.js';
import { PAGE_SIZES, type PageSize } from '../model/page-size.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../model/output-format.js';

/** `--formats html,epub` → ['html', 'epub'] */
export function parseFormats(value: string): OutputFormat[] {
  const formats = value.split(',').map((format) => format.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((format) => !(OUTPUT_FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0 || formats.length === 0) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${OUTPUT_FORMATS.join(', ')}; got "${value}".`);
  }
  return formats as OutputFormat[];
}

/** `A4`, `letter`, `A5`, or a custom `170x240mm` (width × height in millimetres). */
export function parsePageSize(value: string): PageSize {
  const size = PAGE_SIZES.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (size) return size;
  const custom = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm$/i.exec(value.trim());
  if (custom) return { width: Number(custom[1]), height: Number(custom[2]) };
  throw new InvalidArgumentError(`expected one of ${PAGE_SIZES.join(', ')}, or WIDTHxHEIGHTmm such as 170x240mm; got "${value}".`);
}

export function parseImpact(value: string): Impact {
  const impact = IMPACTS.find((candidate) => candidate === value.toLowerCase());
  if (!impact) throw new InvalidArgumentError(`expected one of ${IMPACTS.join(', ')}; got "${value}".`);
  return impact;
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError(`expected a whole number of at least 1; got "${value}".`);
  return number;
}

/** A repeatable option (`--allow-outside A --allow-outside B`): each value is added to the list. */
export function collectValues(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--meta key=value` (repeatable): the pair's shape is checked here; the key and value when the command runs (metadata-overrides.ts). */
export function collectMeta(value: string, previous: readonly string[] | undefined): string[] {
  if (!/^\s*[A-Za-z][\w-]*\s*=/.test(value)) throw new InvalidArgumentError(`expected key=value, such as date=2026-02-14 or "author=Jane Doe"; got "${value}".`);
  return collectValues(value, previous);
}

/** `--bleed 3mm` or `--bleed 3` → 3 (millimetres). */
export function parseBleed(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(mm)?$/i.exec(value.trim());
  const millimetres = match ? Number(match[1]) : Number.NaN;
  if (!(millimetres >= 0 && millimetres <= 20)) throw new InvalidArgumentError(`expected millimetres from 0 to 20, e.g. 3mm; got "${value}".`);
  return millimetres;
}
