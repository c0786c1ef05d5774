/** What an SVG image may keep: drawing elements (SVG namespace, exact names) and the attributes that draw them. */

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
export const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Elements that draw. Not here, so dropped with everything inside them: script, style, foreignObject, a, animate,
 * set, feImage, font-face, cursor, switch, and anything in another namespace.
 */
export const DRAWING_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'image',
  'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker',
  'filter', 'feGaussianBlur', 'feOffset', 'feBlend', 'feColorMatrix', 'feFlood', 'feComposite', 'feMerge', 'feMergeNode', 'feDropShadow',
]);

/** Elements whose `href` may name something: a fragment of the drawing itself, or (image only) a raster `data:` image. */
export const HREF_ELEMENTS = new Set(['use', 'image', 'textPath', 'linearGradient', 'radialGradient', 'pattern', 'filter']);

/** Presentation attributes and properties: CSS values, decoded and checked (see css-value.ts); also the style attribute's allowed properties. */
export const PRESENTATION = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'color', 'display', 'visibility', 'overflow',
  'paint-order', 'vector-effect', 'shape-rendering', 'text-rendering', 'image-rendering', 'color-interpolation',
  'color-interpolation-filters', 'mix-blend-mode', 'isolation', 'clip-path', 'clip-rule', 'mask', 'filter',
  'marker-start', 'marker-mid', 'marker-end', 'stop-color', 'stop-opacity', 'flood-color', 'flood-opacity',
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'font-stretch', 'text-anchor',
  'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration',
  'writing-mode', 'direction', 'unicode-bidi', 'transform', 'transform-origin',
]);

/** Other attributes (no namespace) that describe geometry, structure or accessibility. Their values are checked like CSS values too. */
export const GEOMETRY = new Set([
  'id', 'class', 'lang', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'focusable',
  'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
  'fx', 'fy', 'fr', 'd', 'points', 'pathLength', 'version',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits',
  'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'dx', 'dy', 'mode', 'type', 'values',
  'operator', 'k1', 'k2', 'k3', 'k4', 'edgeMode',
  'textLength', 'lengthAdjust', 'rotate', 'startOffset', 'method', 'spacing', 'side',
]);

/** `xml:lang` and `xml:space`; `xml:base` is not here (it would move every relative reference). */
export const XML_ATTRIBUTES = new Set(['lang', 'space']);

/** A raster image inlined as base64: draws, never fetches. (An SVG `data:` image is not raster: it could fetch.) */
export const SAFE_DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;
