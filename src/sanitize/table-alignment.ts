/** The classes a table cell's alignment becomes (styled in styles/article.css). */
export const ALIGNMENT_CLASSES: readonly string[] = ['align-left', 'align-center', 'align-right'];

const STYLE_ALIGNMENT = /(?:^|;)\s*text-align\s*:\s*(left|center|right|start|end)\s*(?:!important\s*)?(?:;|$)/i;
const ALIGN_VALUES: Readonly<Record<string, string>> = { left: 'align-left', start: 'align-left', center: 'align-center', right: 'align-right', end: 'align-right' };

/**
 * A cell's column alignment — `style="text-align:right"` (markdown-it's GFM tables) or the old `align="right"` — as a
 * class (`align-right`): no style attribute ever passes the sanitizer, and the alignment is presentation the
 * stylesheets give. The style and align attributes themselves are left for the allowlist to drop.
 */
export function withAlignmentClass(attribs: Record<string, string>): Record<string, string> {
  const fromStyle = STYLE_ALIGNMENT.exec(attribs['style'] ?? '')?.[1];
  const value = (fromStyle ?? attribs['align'] ?? '').trim().toLowerCase();
  const alignment = ALIGN_VALUES[value];
  if (!alignment) return attribs;
  const classes = (attribs['class'] ?? '').split(/\s+/).filter((name) => name !== '' && !ALIGNMENT_CLASSES.includes(name));
  return { ...attribs, class: [...classes, alignment].join(' ') };
}
