// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { connectSelection } from '../../../src/app/appliers/selection.ts';
import type { LayerId } from '../../../src/core/contract.ts';
import type { LayerStatus } from '../../../src/data/geodata.ts';
import { prepareLayer } from '../../../src/data/prepare.ts';
import { createActions } from '../../../src/state/actions.ts';
import { parseState } from '../../../src/state/hash.ts';
import { Store } from '../../../src/state/store.ts';
import { buildPassageIndex } from '../../../src/story/passages.ts';
import { FakeMap } from './fake-map.ts';

const places = prepareLayer('places', JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/places-small.geojson'), 'utf8')) as unknown);
const index = buildPassageIndex({
  id: 's',
  title: 't',
  outlet: 'o',
  agencies: [],
  date: '2022-09-13',
  paragraphs: [{ n: 4, text: 'Talks in Moscow.', mentions: [{ text: 'Moscow', target: 'places/moscow' }] }],
});

/** A popup that records what it was asked to show. */
class FakePopup {
  readonly opened: { text: string; at: [number, number]; refs: string[] }[] = [];
  private open_: HTMLElement | null = null;
  private refs: string[] = [];
  closed = 0;
  open(content: HTMLElement, at: [number, number], refs: string[]): void {
    this.opened.push({ text: content.textContent, at, refs });
    this.open_ = content;
    this.refs = refs;
  }
  shows(ref: string): boolean {
    return this.open_ !== null && this.refs.includes(ref);
  }
  element(): HTMLElement | null {
    return this.open_;
  }
  close(): void {
    this.closed++;
    this.open_ = null;
  }
}

function setUp(hash: string) {
  const map = new FakeMap();
  const store = new Store(parseState(hash));
  const actions = createActions(store);
  const popup = new FakePopup();
  const highlighter = { set: vi.fn() };
  const notices = { show: vi.fn() };
  const geodata = {
    load: (layer: LayerId): Promise<LayerStatus> =>
      Promise.resolve(layer === 'places' ? { state: 'ready', layer: places } : { state: 'error', message: 'broken' }),
    ready: (layer: LayerId) => (layer === 'places' ? places : null),
  };
  const selection = connectSelection({
    map: map.asMap(),
    store,
    actions,
    geodata,
    highlighter,
    feeder: { feed: vi.fn() },
    popup,
    notices,
    story: () => ({ index, noun: 'article' }),
  });
  // Lets the applier's await on the layer settle.
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
  return { map, store, actions, popup, highlighter, notices, selection, settle };
}

describe('connectSelection', () => {
  it('a link with sel opens the popup at the feature, quoting the story, and lights it', async () => {
    const { popup, highlighter, settle } = setUp('#sel=places/moscow');
    await settle();
    expect(popup.opened).toHaveLength(1);
    expect(popup.opened[0]?.at).toEqual([37.6173, 55.7558]);
    expect(popup.opened[0]?.refs).toEqual(['places/moscow']);
    expect(popup.opened[0]?.text).toContain('Talks in Moscow.');
    expect(highlighter.set).toHaveBeenLastCalledWith('selected', [{ source: 'places', id: 'moscow' }]);
  });

  it('a link naming a feature that is not on the map gets a notice, and is dropped without a history entry', async () => {
    const { store, popup, notices, settle } = setUp('#sel=places/atlantis');
    const changes: string[] = [];
    store.subscribe((_s, _p, c) => changes.push(c.history));
    await settle();
    expect(notices.show).toHaveBeenCalledWith('This link points to “places/atlantis”, which is not on this map. Showing the map without it.');
    expect(store.state.sel).toBeNull();
    expect(changes).toEqual(['replace']);
    expect(popup.opened).toEqual([]);
  });

  it('a map click opens the popup at the click, listing everything under it', async () => {
    const { actions, popup, selection, settle } = setUp('');
    selection.clicked({
      lngLat: [46.7, 39.8],
      hits: [
        { layer: 'places', id: 'stepanakert' },
        { layer: 'places', id: 'moscow' },
      ],
    });
    actions.selectOnMap({ layer: 'places', id: 'stepanakert' });
    await settle();
    expect(popup.opened.at(-1)?.at).toEqual([46.7, 39.8]);
    expect(popup.opened.at(-1)?.refs).toEqual(['places/stepanakert', 'places/moscow']);
  });

  it('a mention flies the camera to its target; a map click does not', async () => {
    const { map, actions, selection, settle } = setUp('');
    map.calls.length = 0;
    selection.clicked({ lngLat: [46.7, 39.8], hits: [{ layer: 'places', id: 'stepanakert' }] });
    actions.selectOnMap({ layer: 'places', id: 'stepanakert' });
    await settle();
    expect(map.calls.filter((c) => c.startsWith('fitBounds'))).toEqual([]);
    actions.openMention({ layer: 'places', id: 'moscow' }, 4);
    await settle();
    expect(map.calls.filter((c) => c.startsWith('fitBounds'))).toHaveLength(1);
  });

  it('choosing another entry of the open popup keeps the popup', async () => {
    const { actions, popup, selection, settle } = setUp('');
    selection.clicked({
      lngLat: [46.7, 39.8],
      hits: [
        { layer: 'places', id: 'stepanakert' },
        { layer: 'places', id: 'moscow' },
      ],
    });
    actions.selectOnMap({ layer: 'places', id: 'stepanakert' });
    await settle();
    actions.choose({ layer: 'places', id: 'moscow' }, false);
    await settle();
    expect(popup.opened).toHaveLength(1);
    expect(popup.element()?.querySelector('details[data-ref="places/moscow"]')?.hasAttribute('data-selected')).toBe(true);
  });

  it('clearing the selection closes the popup and the highlight', async () => {
    const { actions, popup, highlighter, settle } = setUp('#sel=places/moscow');
    await settle();
    actions.closePopup();
    expect(popup.element()).toBeNull();
    expect(highlighter.set).toHaveBeenLastCalledWith('selected', []);
  });

  it('a selection in a layer that failed to load opens nothing', async () => {
    const { popup, notices, settle } = setUp('#sel=held-1994');
    await settle();
    expect(popup.opened).toEqual([]);
    expect(notices.show).not.toHaveBeenCalled(); // the loading notice explains it
  });

  it('after dispose it applies nothing and the popup is closed', async () => {
    const { actions, popup, selection, settle } = setUp('');
    selection.dispose();
    actions.openMention({ layer: 'places', id: 'moscow' }, 4);
    await settle();
    expect(popup.opened).toEqual([]);
    expect(popup.closed).toBeGreaterThan(0);
  });
});
