import { type Document, type Element, isTag } from 'domhandler';
import { findElements, textOf } from '../markup/html-tree.js';
import type { Asset } from '../model/asset.js';
import { primarySubtag } from './labels.js';

/** What the article actually contains, as far as its accessibility metadata and its manifest are concerned. */
export interface ContentFacts {
  /** Every `id` in the article, for links from the navigation and the colophon. */
  ids: ReadonlySet<string>;
  /** `src` of every `<img>`, in document order. */
  imageSources: readonly string[];
  images: ImageCounts;
  hasHeadings: boolean;
  hasMathML: boolean;
  /** Every `<math>` has a spoken form (`alttext`): schema.org's `describedMath`. */
  hasDescribedMath: boolean;
  hasInlineSvg: boolean;
  /** `<audio>` or `<video>`. */
  hasAudio: boolean;
  hasVideo: boolean;
  /** An image that moves (animated GIF, PNG, WebP or SVG). */
  hasAnimatedImage: boolean;
  hasExpandedAbbreviations: boolean;
  /** An element whose `lang` differs from the article's language. */
  hasLanguageParts: boolean;
}

/** `<img>` elements and inline `<svg>` pictures by kind of text alternative. */
export interface ImageCounts {
  total: number;
  /** Non-empty `alt` (or, for SVG, a title or ARIA label). */
  described: number;
  /** `alt=""` (or, for SVG, `aria-hidden="true"` / a presentation role): hidden from assistive technology on purpose. */
  decorative: number;
  /** No `alt` attribute at all (or an unlabelled SVG): a screen reader has nothing to say. */
  undescribed: number;
}

type Alternative = 'described' | 'decorative' | 'undescribed';

/** Reads the facts off the parsed article; `assets` are looked at only to see whether a referenced image moves. */
export function contentFactsOf(article: Document, language: string, assets: readonly Asset[]): ContentFacts {
  const all = findElements(article, () => true);
  const named = (...names: string[]) => all.filter((element) => names.includes(element.name));
  const images = named('img');
  const pictures = named('svg').filter((svg) => !insideSvg(svg));
  const imageSources = images.map((img) => img.attribs['src'] ?? '');
  return {
    ids: new Set(all.map((element) => element.attribs['id']).filter((id): id is string => Boolean(id))),
    imageSources,
    images: countAlternatives([...images.map(imgAlternative), ...pictures.map(svgAlternative)]),
    hasHeadings: named('h1', 'h2', 'h3', 'h4', 'h5', 'h6').length > 0,
    hasMathML: named('math').length > 0,
    hasDescribedMath: named('math').length > 0 && named('math').every((math) => Boolean(math.attribs['alttext']?.trim())),
    hasInlineSvg: pictures.length > 0,
    hasAudio: named('audio').length > 0,
    hasVideo: named('video').length > 0,
    hasAnimatedImage: pictures.some(isAnimatedSvgElement) || assets.some((asset) => imageSources.includes(asset.path) && isAnimatedImage(asset)),
    hasExpandedAbbreviations: named('abbr').some((abbr) => Boolean(abbr.attribs['title']?.trim())),
    hasLanguageParts: all.some((element) => element.attribs['lang'] !== undefined && primarySubtag(element.attribs['lang']) !== primarySubtag(language)),
  };
}

function imgAlternative(img: Element): Alternative {
  const alt = img.attribs['alt'];
  if (alt === undefined) return 'undescribed';
  return alt.trim() === '' ? 'decorative' : 'described';
}

function svgAlternative(svg: Element): Alternative {
  const role = svg.attribs['role'];
  if (svg.attribs['aria-hidden'] === 'true' || role === 'presentation' || role === 'none') return 'decorative';
  const title = svg.children.find((child): child is Element => isTag(child) && child.name === 'title');
  const labelled = Boolean(svg.attribs['aria-label']?.trim() || svg.attribs['aria-labelledby']?.trim() || (title && textOf(title).trim()));
  return labelled ? 'described' : 'undescribed';
}

function countAlternatives(alternatives: readonly Alternative[]): ImageCounts {
  const count = (kind: Alternative) => alternatives.filter((alternative) => alternative === kind).length;
  return { total: alternatives.length, described: count('described'), decorative: count('decorative'), undescribed: count('undescribed') };
}

function insideSvg(element: Element): boolean {
  for (let parent = element.parent; parent && isTag(parent); parent = parent.parent) {
    if (parent.name === 'svg') return true;
  }
  return false;
}

const SVG_ANIMATION = /<(animate|animateMotion|animateTransform|set)\b|@keyframes|animation\s*:/;

function isAnimatedSvgElement(svg: Element): boolean {
  return findElements(svg, (element) => /^(animate|animateMotion|animateTransform|set)$/i.test(element.name)).length > 0;
}

/** Looks for the chunk each format uses for animation: GIF's NETSCAPE2.0 loop, APNG's acTL, WebP's ANIM, SVG's animation elements. */
function isAnimatedImage(asset: Asset): boolean {
  const head = new TextDecoder('latin1').decode(asset.bytes.subarray(0, 256 * 1024));
  switch (asset.mediaType) {
    case 'image/gif':
      return head.includes('NETSCAPE2.0');
    case 'image/png':
      return head.indexOf('acTL') !== -1 && head.indexOf('acTL') < head.indexOf('IDAT');
    case 'image/webp':
      return head.includes('ANIM');
    case 'image/svg+xml':
      return SVG_ANIMATION.test(head);
    default:
      return false;
  }
}
