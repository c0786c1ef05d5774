import { InvalidArgumentError } from 'commander';
import { IMPACTS, type Impact } from '../model/finding.js';
import { PAGE_SIZES, type PageSize } from '../model/page-size.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../publish/publish.js';

/** `--formats html,epub` → ['html', 'epub'] */
export function parseFormats(value: string): OutputFormat[] {
  const formats = value.split(',').map((format) => format.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((format) => !(OUTPUT_FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0 || formats.length === 0) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${OUTPUT_FORMATS.join(', ')}; got "${value}".`);
  }
  return formats as OutputFormat[];
}

export function parsePageSize(value: string): PageSize {
  const size = PAGE_SIZES.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (!size) throw new InvalidArgumentError(`expected one of ${PAGE_SIZES.join(', ')}; got "${value}".`);
  return size;
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
