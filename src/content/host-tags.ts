// Which tags may hold a shadow root, as the standard says (`attachShadow`), in a file of its own
// with no page in it: the browser tests check both lists against the browser itself.

/** Elements a shadow root can be attached to besides custom elements (whose names hold a hyphen). */
export const HOST_TAG_NAMES = ['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span'];

/**
 * Tags `attachShadow` refuses, most of a large page's elements: a field's, a label's, an option's,
 * a link's, a list's, a table's, a word set in bold, SVG's shapes. The walk for shadow hosts passes
 * over them (paint-search.ts).
 */
export const NEVER_HOST_TAGS = ['input', 'label', 'option', 'optgroup', 'select', 'textarea', 'button', 'form', 'fieldset', 'legend', 'a',
  'img', 'picture', 'source', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'col', 'colgroup',
  'caption', 'br', 'hr', 'b', 'i', 'em', 'strong', 'small', 'sup', 'sub', 'u', 's', 'abbr', 'code', 'pre', 'time', 'script', 'style',
  'link', 'meta', 'template', 'noscript', 'iframe', 'svg', 'g', 'path', 'use', 'circle', 'rect', 'ellipse', 'line', 'polyline',
  'polygon', 'text', 'tspan', 'symbol', 'defs'];
