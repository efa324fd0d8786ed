import { assert, expect, test } from 'vitest';
import { isClosed, joinSegments, parseGmtSegments } from '../../../scripts/lib/gshhg.ts';

const DUMP = `# a comment
> River Bin # 1, Level 2
45 39
46 39.5
> River Bin # 2, Level 2
47 40
46 39.5
> River Bin # 3, Level 3
1 1
> Shore Bin # 4, Level 2
10 10
11 10
> Shore Bin # 5, Level 2
11 10
11 11
10 10
`;

test('parseGmtSegments reads headers, levels and coordinates, and drops one-point segments', () => {
  const segs = parseGmtSegments(DUMP);
  expect(segs.map((s) => s.level)).toEqual([2, 2, 2, 2]);
  const first = segs[0];
  assert.isDefined(first, 'the first segment');
  expect(first.coords).toEqual([
    [45, 39],
    [46, 39.5],
  ]);
});

test('parseGmtSegments names the bad line when a coordinate does not parse', () => {
  expect(() => parseGmtSegments('> River Bin # 1, Level 2\n45 abc\n')).toThrow(/bad coordinate line "45 abc"/);
});

test('joinSegments joins pieces cut at bin edges, reversing where needed', () => {
  const chains = joinSegments(parseGmtSegments(DUMP));
  const river = chains.find((c) => c.header.startsWith('> River'));
  assert.isDefined(river, 'a river chain');
  expect(river.coords).toEqual([
    [45, 39],
    [46, 39.5],
    [47, 40],
  ]);
});

test('joinSegments closes a lake shore cut into two pieces', () => {
  const shore = joinSegments(parseGmtSegments(DUMP)).find((c) => c.header.startsWith('> Shore'));
  assert.isDefined(shore, 'a shore chain');
  expect(isClosed(shore)).toBe(true);
  expect(shore.coords).toHaveLength(4);
});

test('joinSegments does not join pieces of different levels', () => {
  const chains = joinSegments(parseGmtSegments('> R, Level 2\n0 0\n1 1\n> R, Level 3\n1 1\n2 2\n'));
  expect(chains).toHaveLength(2);
});
