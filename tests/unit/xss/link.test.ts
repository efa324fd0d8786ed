import { describe, expect, it } from 'vitest';
import { defaultState, formatState, parseState } from '../../../src/state/hash.ts';
import { stateProblems } from '../../support/app-state.ts';
import { PAYLOADS } from '../../support/xss.ts';

const KEYS = ['map', 'layers', 'sel', 'p', 't', 'story'] as const;

function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // a lone surrogate: the link carries it as it is
  }
}

describe.each(PAYLOADS.map((p, i) => [i, p.category, p.text] as const))('link payload %i (%s)', (_i, _category, p) => {
  it.each(KEYS)('in %s, raw or percent-encoded, falls back to the default and the state stays valid', (key) => {
    for (const value of [p, encoded(p)]) {
      const hash = `#${key}=${value}`;
      const state = parseState(hash);
      expect(stateProblems(state)).toEqual([]);
      // Raw, a payload's own `&` may start a key of its own; encoded, it is one value, and never a valid one.
      if (value !== p || !p.includes('&')) expect(state).toEqual(defaultState());
    }
  });

  it('in every key at once, with a story carried in the link, gives the pasted story’s defaults', () => {
    const hash = `#story=pasted&${['st', ...KEYS.filter((k) => k !== 'story')].map((k) => `${k}=${encoded(p)}`).join('&')}`;
    const state = parseState(hash);
    expect(stateProblems(state)).toEqual([]);
    // A payload of lz-string's characters (`__proto__`) is kept for the story module to reject as damaged.
    expect(state.pasted).toBe(/^[A-Za-z0-9_$-]+$/.test(p) ? p : undefined);
    expect({ ...state, pasted: undefined }).toEqual({ ...defaultState('pasted'), pasted: undefined });
  });

  it('in a key the atlas does not own, is kept in the link as it was written', () => {
    const hash = `#map=9/39.82/46.75&xss=${encoded(p)}&${encoded(p)}=1`;
    const written = formatState(parseState(hash), hash);
    expect(written.endsWith(`&xss=${encoded(p)}&${encoded(p)}=1`)).toBe(true);
  });
});
