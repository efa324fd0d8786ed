import { OVERLAY_LAYER_IDS } from '../../core/contract.ts';
import { formatLongDate } from '../../core/dates.ts';
import { pointInGeometry } from '../../core/geometry.ts';
import type { GeodataStore } from '../../data/geodata.ts';
import { overlayInfo } from '../../data/layers.ts';
import type { Store } from '../../state/store.ts';
import type { PassageIndex } from '../../story/passages.ts';
import type { PopupItem } from '../../views/popup-content.ts';
import type { Dispose } from '../dispose.ts';
import { popupItemFor } from './popup-item.ts';

export interface AnnounceDeps {
  store: Store;
  geodata: Pick<GeodataStore, 'load' | 'ready'>;
  /** Says one sentence in the page's polite live region. */
  say: (text: string) => void;
  story: () => { index: PassageIndex; noun: string } | null;
  /** How long the date must rest before it is said (the slider and Play change it often). */
  dateDelay?: number;
}

/**
 * Says, in one sentence, what the reader's last change did: what was selected, the date the map
 * jumped to, a layer shown or hidden. Changes that come from a link or Back are not said: the
 * reader asked for a whole page, not one change.
 */
export function connectAnnounce(deps: AnnounceDeps): Dispose {
  const { store, geodata, say } = deps;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let token = 0;
  const unsubscribe = store.subscribe((state, prev, change) => {
    if (change.origin === 'url' || change.origin === 'map') return;
    if (state.sel && (state.sel.layer !== prev.sel?.layer || state.sel.id !== prev.sel.id)) {
      const sel = state.sel;
      const mine = ++token;
      void geodata.load(sel.layer).then(async () => {
        const item = popupItemFor(geodata, deps.story()?.index ?? null, sel.layer, sel.id);
        if (!item || mine !== token) return;
        const within = item.layer === 'places' || item.layer === 'villages' ? await takenWith(geodata, item) : null;
        if (mine === token) say(selectionSentence(item, within, deps.story()?.noun ?? 'article'));
      });
    }
    const shown = OVERLAY_LAYER_IDS.filter((l) => state.layers.includes(l) && !prev.layers.includes(l));
    const hidden = OVERLAY_LAYER_IDS.filter((l) => !state.layers.includes(l) && prev.layers.includes(l));
    // A mention that turns its layer on says what it selected, not the layer.
    if (state.sel === prev.sel && shown.length + hidden.length > 0) {
      say([...shown.map((l) => `Shown: ${overlayInfo(l).title}.`), ...hidden.map((l) => `Hidden: ${overlayInfo(l).title}.`)].join(' '));
    }
    if (state.t !== prev.t) {
      if (timer) clearTimeout(timer);
      const t = state.t;
      timer = setTimeout(() => {
        timer = null;
        say(`The map now shows ${formatLongDate(t)}.`);
      }, deps.dateDelay ?? 700);
    }
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}

/**
 * The sentence a selection is announced with.
 *
 * @example
 * selectionSentence(shushaTown, { name: 'Shusha', on: '2020-11-08', how: 'military' }, 'article')
 * // 'Shusha: town. Taken by Azerbaijan on 8 November 2020, with the area of Shusha. Not mentioned in the article.'
 */
export function selectionSentence(item: PopupItem, within: Taken | null, noun: string): string {
  const parts: string[] = [];
  const props = item.feature?.properties;
  if (!props) {
    const count = item.members?.length ?? 0;
    parts.push(`${overlayName(item)}: ${String(count)} feature${count === 1 ? '' : 's'}.`);
  } else {
    const given: unknown = props.name;
    const name = typeof given === 'string' ? given : props.label;
    parts.push(`${name}: ${props.kind.charAt(0).toLowerCase()}${props.kind.slice(1)}.`);
    const regained: unknown = props.regained_on;
    if (typeof regained === 'string') parts.push(`${verb(props.how)} on ${formatLongDate(regained)}.`);
    else if (within) parts.push(`${verb(within.how)} on ${formatLongDate(within.on)}, with the area of ${within.name}.`);
    else if (props.valid_from) parts.push(`From ${formatLongDate(props.valid_from)}${props.valid_to ? ` to ${formatLongDate(props.valid_to)}` : ''}.`);
  }
  const n = item.passages.length;
  parts.push(n === 0 ? `Not mentioned in the ${noun}.` : `Mentioned in ${String(n)} passage${n === 1 ? '' : 's'} of the ${noun}.`);
  return parts.join(' ');
}

/** An area Azerbaijan regained in 2020 that a place lies in. */
export interface Taken {
  name: string;
  on: string;
  how: unknown;
}

/** The 2020 area a place lies in, from the regained-2020 layer (loaded if need be), or null. */
async function takenWith(geodata: Pick<GeodataStore, 'load' | 'ready'>, item: PopupItem): Promise<Taken | null> {
  if (!item.point) return null;
  await geodata.load('regained-2020');
  for (const f of geodata.ready('regained-2020')?.features.values() ?? []) {
    const on: unknown = f.properties.regained_on;
    if (typeof on === 'string' && pointInGeometry(item.point, f.geometry)) return { name: f.properties.name, on, how: f.properties.how };
  }
  return null;
}

function verb(how: unknown): string {
  return how === 'handover' ? 'Handed over to Azerbaijan' : 'Taken by Azerbaijan';
}

function overlayName(item: PopupItem): string {
  return item.layer === 'land' || item.layer === 'water' ? item.layer : overlayInfo(item.layer).title;
}
