import { escapeXml } from '../../markup/escape.js';
import { STYLESHEET } from '../epub-layout.js';

/** One XHTML content document: its language, its `<title>`, the `epub:type` of its body, and the body's markup. */
export interface XhtmlPage {
  language: string;
  title: string;
  /** Structural semantics of the whole document: `frontmatter`, `bodymatter`, `backmatter`. */
  bodyType: 'frontmatter' | 'bodymatter' | 'backmatter';
  /** Markup inside `<body>`, already XHTML. */
  body: string;
}

/** Wraps a body in the XHTML shell every content document shares (language twice, as XHTML wants it, and the one stylesheet). */
export function renderXhtmlPage(page: XhtmlPage): string {
  const language = escapeXml(page.language);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${language}" lang="${language}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(page.title)}</title>
<link rel="stylesheet" type="text/css" href="${STYLESHEET}"/>
</head>
<body epub:type="${page.bodyType}">
${page.body}
</body>
</html>
`;
}
