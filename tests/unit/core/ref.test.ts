import { assert, describe, expect, it } from 'vitest';
import { formatRef, isFeatureId, parseRef, sameRef } from '../../../src/core/ref.ts';

describe('parseRef', () => {
  it("parseRef('places/new-york') splits layer and id", () => {
    expect(parseRef('places/new-york')).toEqual({ layer: 'places', id: 'new-york' });
  });
  it("parseRef('regained-2020') is a whole layer", () => {
    expect(parseRef('regained-2020')).toEqual({ layer: 'regained-2020', id: null });
  });
  it.each(['atlantis', 'atlantis/x', '', '/shusha', 'places/', 'places/../x', 'places/a b', '../../etc'])('parseRef(%j) is null', (text) => {
    expect(parseRef(text)).toBeNull();
  });
  it('parseRef keeps everything after the first slash as the id, and checks it', () => {
    expect(parseRef('places/a/b')).toBeNull();
    expect(parseRef('countries/AM')).toEqual({ layer: 'countries', id: 'AM' });
  });
});

describe('formatRef', () => {
  it('formatRef writes layer/id, or the layer alone', () => {
    expect(formatRef({ layer: 'places', id: 'shusha' })).toBe('places/shusha');
    expect(formatRef({ layer: 'held-1994', id: null })).toBe('held-1994');
  });
  it.each(['places/shusha', 'regained-2020', 'peacekeeping-2020/lachin-corridor-2022'])('formatRef(parseRef(%j)) gives it back', (text) => {
    const ref = parseRef(text);
    assert.isNotNull(ref, `parseRef(${JSON.stringify(text)})`);
    expect(formatRef(ref)).toBe(text);
  });
});

describe('sameRef and isFeatureId', () => {
  it('sameRef compares layer and id, and nulls', () => {
    expect(sameRef({ layer: 'places', id: 'a' }, { layer: 'places', id: 'a' })).toBe(true);
    expect(sameRef({ layer: 'places', id: 'a' }, { layer: 'places', id: null })).toBe(false);
    expect(sameRef(null, null)).toBe(true);
    expect(sameRef(null, { layer: 'places', id: 'a' })).toBe(false);
  });
  it('isFeatureId takes the id forms of geodata and refuses the rest', () => {
    expect(['AM', 'lachin-corridor-2022', 'am-ru-shortest', 'x.1'].every(isFeatureId)).toBe(true);
    expect(['', '-x', 'a b', 'a/b', '<img>', 'x'.repeat(82)].some(isFeatureId)).toBe(false);
  });
});
