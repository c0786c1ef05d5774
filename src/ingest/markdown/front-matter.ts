import { parse as parseYaml } from 'yaml';
import { ColophonError } from '../../errors.js';

export interface FrontMatter {
  /** The YAML's data (undefined when there is no front matter or it is empty). */
  data: unknown;
  /** The text after the front matter's closing line: the Markdown. */
  body: string;
}

/**
 * Front matter is data, never code: only YAML between two `---` lines is read (the `yaml` package, which runs
 * nothing). gray-matter, used before, evaluated `---js` / `---javascript` front matter with `eval` and `require`
 * in reach, so any other fence — `---js`, `--- json`, `---coffee`, `---toml`, `;;;`, `+++` — is refused here
 * rather than read as anything. A first line of four or more dashes is a thematic break, not front matter.
 */
const OPENING = /^(---|;;;|\+\+\+)[ \t]*([^\r\n]*?)[ \t]*(\r?\n|$)/;
const CLOSING = /^---[ \t]*(\r?\n|$)/m;
const YAML_NAMES = new Set(['', 'yaml', 'yml']);

export function readFrontMatter(text: string, origin: string): FrontMatter {
  const source = text.replace(/^\uFEFF/, '');
  const opening = OPENING.exec(source);
  if (!opening || (opening[1] === '---' && source.startsWith('----'))) return { data: undefined, body: text };
  const [line, fence, language = ''] = opening;
  if (fence !== '---' || !YAML_NAMES.has(language.toLowerCase())) {
    throw new ColophonError('METADATA_INVALID', `${origin}: the front matter opens with "${line.trim()}"; Colophon reads only YAML front matter.`, {
      hint: 'Only YAML front matter is read: start the file with a line "---", the metadata in YAML (title: …, language: …), then a line "---". Other front-matter languages (JavaScript, JSON, CoffeeScript, TOML) are never read.',
    });
  }
  const rest = source.slice(line.length);
  const closing = line.endsWith('\n') ? CLOSING.exec(rest) : null;
  if (!closing) {
    throw new ColophonError('METADATA_INVALID', `${origin}: the front matter has no closing "---" line.`, {
      hint: 'The front matter sits between two lines "---" at the top of the file; add the closing one after the metadata.',
    });
  }
  const yaml = rest.slice(0, closing.index);
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (cause) {
    throw new ColophonError('METADATA_INVALID', `${origin}: the front matter is not valid YAML: ${(cause as Error).message}`, {
      hint: 'The front matter sits between two `---` lines at the top of the file; check indentation and quote values that contain ": ".',
      cause,
    });
  }
  return { data, body: rest.slice(closing.index + closing[0].length) };
}
