import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The hostile-input corpus the XSS tests feed through every channel (links, story JSON, a pasted
 * article, geodata properties): the strings of tests/fixtures/xss-payloads.json, by category, and
 * a few very long ones made here. Each would, if it were ever parsed as markup or run as code, show
 * a dialog, set `window.__xss`, or fetch from `xss.invalid`, so a test can tell.
 */
export interface Payload {
  category: string;
  text: string;
}

// import.meta.dirname: Vitest's happy-dom gives import.meta.url an http: scheme.
const FILE = path.resolve(import.meta.dirname, '../fixtures/xss-payloads.json');

function readCorpus(): Payload[] {
  const json = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  const out: Payload[] = [];
  for (const [category, list] of Object.entries(json)) {
    if (category.startsWith('_') || !Array.isArray(list)) continue;
    for (const text of list) if (typeof text === 'string') out.push({ category, text });
  }
  return out;
}

/** Long strings: a repeated tag, a long run before a tag, deep nesting. Each under the paste limit (200,000). */
export const LONG_PAYLOADS: readonly Payload[] = [
  { category: 'very-long', text: '<img src=x onerror=alert(1)>'.repeat(1000) },
  { category: 'very-long', text: `${'A'.repeat(20_000)}<script>window.__xss=1</script>` },
  { category: 'very-long', text: `${'<div>'.repeat(5000)}<svg onload=alert(1)>${'</div>'.repeat(5000)}` },
  { category: 'very-long', text: `${'\u202e\u200b'.repeat(3000)}<img src=x onerror=alert(1)>` },
];

/** Every payload: the file's, then the long ones. */
export const PAYLOADS: readonly Payload[] = [...readCorpus(), ...LONG_PAYLOADS];

/** The host every fetching payload names; a request to it means markup was parsed. */
export const TRAP_HOST = 'xss.invalid';

/** A string as it survives a trip through UTF-8 (a page, a file, the DevTools protocol): lone surrogates become U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A pasted block as parsePlainStory documents it: control characters and zero-width spaces
 * dropped, line breaks inside a block joined with a space, runs of spaces made one, ends trimmed.
 */
export function asPasted(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B]/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .trim();
}

/**
 * What markup under `root` (a node, or a selector for `document`) could only have come from a
 * payload parsed as HTML: elements no view of the app makes, `on…` attributes, and script URLs.
 * Empty when all is well. Self-contained, so a browser test can pass it to `page.evaluate`.
 * The app's own markup is allowed: the logo, the layer panel's SVG swatches, the dialog's form,
 * MapLibre's canvas and attribution links.
 */
export function unsafeMarkup(root: ParentNode | string): string[] {
  const scope: ParentNode | null = typeof root === 'string' ? document.querySelector(root) : root;
  if (!scope) return [`nothing matches ${typeof root === 'string' ? root : 'the node'}`];
  const forbidden = new Set([
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'meta',
    'link',
    'style',
    'math',
    'template',
    'marquee',
    'isindex',
    'keygen',
    'foreignobject',
    'animate',
    'set',
    'use',
    'image',
    'form',
    'video',
    'audio',
    'source',
    'body',
    'mglyph',
    'maction',
    'mtext',
    'mi',
  ]);
  const problems: string[] = [];
  // A walk of our own, not querySelectorAll('*'): happy-dom's recursion overflows on 5,000 nested divs.
  const elements: Element[] = [];
  const stack: Element[] = Array.from(scope.children).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    elements.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i];
      if (child) stack.push(child);
    }
  }
  for (const node of elements) {
    const tag = node.localName.toLowerCase();
    const inSwatch = node.closest('svg.swatch') !== null;
    const own = tag === 'form' && node.classList.contains('open-dialog__form'); // the dialog's form, method=dialog
    if (forbidden.has(tag) && !own) problems.push(`<${tag}>`);
    if (tag === 'img' && !node.classList.contains('app__logo')) problems.push(`<img src="${node.getAttribute('src') ?? ''}">`);
    if (tag === 'svg' && !node.classList.contains('swatch')) problems.push('<svg>');
    if (node.namespaceURI === 'http://www.w3.org/1998/Math/MathML') problems.push(`MathML <${tag}>`);
    if (node.namespaceURI === 'http://www.w3.org/2000/svg' && !inSwatch) problems.push(`SVG <${tag}>`);
    for (const attr of Array.from(node.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
      if (name === 'srcdoc' || name === 'formaction') problems.push(`<${tag} ${name}>`);
      const isUrl = ['href', 'src', 'action', 'xlink:href', 'data', 'background', 'poster'].includes(name);
      if (isUrl && /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i.test(attr.value.replace(/[\s\u0000-\u001f]/g, '')))
        problems.push(`<${tag} ${name}="${attr.value}">`);
    }
  }
  return problems;
}
