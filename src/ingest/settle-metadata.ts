import type { ArticleFile } from '../config/article-schema.js';
import { readArticleMetadata } from '../config/load-article-file.js';
import { ColophonError } from '../errors.js';
import type { IngestWarning } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { detectLanguageOrReason } from './detect-language.js';
import { derivedTitleFinding, titleFromName } from './metadata-findings.js';

export interface SettleInput {
  /** The article's metadata (file, front matter, page), merged. */
  file: ArticleFile;
  /** The caller's metadata (`--title`, `--language`, `--meta`): over everything the article says. */
  overrides?: ArticleFile | undefined;
  /** The text, for language detection. */
  text: string;
  /** A headline found in the content (Markdown `# …`). */
  heading?: string | undefined;
  /** The file's or folder's name, the title of last resort. */
  name: string;
  origin: string;
  markdown?: boolean;
}

export interface SettledMetadata {
  /** With a title and a language, always. */
  file: ArticleFile & { title: string; language: string };
  warnings: IngestWarning[];
  findings: Finding[];
}

/**
 * The title and language, from wherever they are. Title: the overrides (`--title`), the metadata, the first heading,
 * else the file or folder name (finding metadata-title-derived). Language: the overrides (`--language`), the
 * metadata, detection (LANGUAGE_DETECTED), else an error that names --language and says why detection could not tell.
 */
export function settleMetadata(input: SettleInput): SettledMetadata {
  const file: ArticleFile = { ...input.file, ...input.overrides };
  const warnings: IngestWarning[] = [];
  const findings: Finding[] = [];
  let title = file.title ?? input.heading;
  if (!title?.trim()) {
    title = titleFromName(input.name);
    findings.push(derivedTitleFinding(title, input.name, input.origin, input.markdown ?? false));
  }
  let language = file.language;
  if (!language) {
    const detection = detectLanguageOrReason(input.text, input.origin);
    if (!('language' in detection)) {
      throw new ColophonError('METADATA_INVALID', `${input.origin}: the article's language is not given, and it cannot be told from the text: ${detection.reason}.`, {
        hint: 'Give the language: `colophon build --language fr` (or en, de…), or `language: fr` in article.yaml or the front matter. It drives hyphenation, typography and screen readers.',
      });
    }
    language = detection.language;
    warnings.push(detection.warning);
  }
  return { file: { ...file, title, language }, warnings, findings };
}

/** The caller's metadata (`--title`, `--language`, `--meta key=value`), with the same keys and aliases as article.yaml; an unknown key is refused. */
export function readOverrides(raw: Readonly<Record<string, unknown>> | undefined): ArticleFile | undefined {
  if (!raw || Object.keys(raw).length === 0) return undefined;
  const { file, notices } = readArticleMetadata(raw, 'the command line (--title, --language, --meta)');
  const unknown = notices.filter((notice) => notice.kind === 'unknown').map((notice) => notice.key);
  if (unknown.length > 0) {
    throw new ColophonError('OPTIONS_INVALID', `--meta: ${unknown.map((key) => `"${key}"`).join(', ')} ${unknown.length === 1 ? 'is not a metadata key' : 'are not metadata keys'}.`, {
      hint: 'Use the keys of article.yaml (title, language, authors, date, publisher, source, license, subjects…) or their aliases (lang, author, tags…), as listed in the README.',
    });
  }
  return file;
}
