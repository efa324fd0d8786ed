// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAYLOADS, unsafeMarkup } from '../../support/xss.ts';

// The other XSS tests pass when unsafeMarkup finds nothing; this checks that it would find the
// payloads' markup had a view parsed it as HTML.
// The very long ones are left to the other tests: happy-dom's querySelectorAll overflows on their nesting.
const markup = PAYLOADS.filter(
  (p) => p.category !== 'very-long' && /<\/?(script|img|svg|iframe|math|object|embed|style|link|video|audio|base|meta|form)\b/i.test(p.text),
);

const DANGER = /^(script|img|svg|iframe|math|object|embed|style|link|video|audio|base|meta|form)$/;
function madeDanger(root: Element): boolean {
  return [...root.querySelectorAll('*')].some((e) => DANGER.test(e.localName) || [...e.attributes].some((a) => a.name.startsWith('on')));
}

describe('unsafeMarkup', () => {
  it('the corpus has payloads whose markup, parsed, could run', () => {
    const dangerous = markup.filter((p) => {
      const root = document.createElement('div');
      root.innerHTML = p.text;
      return madeDanger(root);
    });
    expect(dangerous.length).toBeGreaterThan(60);
  });

  it.each(markup.map((p) => [p.text.slice(0, 80), p.text] as const))('finds the markup of %s when it is parsed as HTML', (_name, text) => {
    const root = document.createElement('div');
    root.innerHTML = text;
    // Only when the parser made something that could run: `<scr<script>ipt>` is an element named `scr<script`.
    if (!madeDanger(root)) return;
    expect(unsafeMarkup(root)).not.toEqual([]);
  });

  it('finds an on… attribute and a javascript: link', () => {
    const root = document.createElement('div');
    root.innerHTML = '<b onclick="x">a</b><a href=" javascript:alert(1)">b</a>';
    expect(unsafeMarkup(root)).toEqual(['<b onclick>', '<a href=" javascript:alert(1)">']);
  });

  it('finds nothing in text', () => {
    const root = document.createElement('div');
    for (const p of PAYLOADS) root.append(document.createElement('p'), p.text);
    expect(unsafeMarkup(root)).toEqual([]);
  });
});
