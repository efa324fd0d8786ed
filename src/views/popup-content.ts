import type { LayerId } from '../core/contract.ts';
import { formatDates } from '../core/dates.ts';
import { formatRef } from '../core/ref.ts';
import { facts, methodText, otherNames } from '../data/describe.ts';
import { LAYER_NAMES } from '../data/layers.ts';
import type { AtlasFeature } from '../data/prepare.ts';
import type { Passage } from '../story/passages.ts';
import { excerpt } from '../story/passages.ts';
import { el } from './dom.ts';

/** One thing a popup tells about: a feature, or a whole layer. */
export interface PopupItem {
  layer: LayerId;
  /** null for a whole layer. */
  id: string | null;
  feature: AtlasFeature | null;
  /** For a whole layer: its features, to pick from. */
  members?: { id: string; name: string }[];
  layerDescription?: string;
  layerDates?: string;
  passages: Passage[];
  /** Where the feature sits, for distances. */
  point: [number, number] | null;
}

export interface PopupHandlers {
  /** A quote was chosen: show paragraph n in the article panel. */
  onQuote: (n: number) => void;
  /** Another item was opened, or a member of a layer chosen. */
  onChoose: (layer: LayerId, id: string | null) => void;
}

/**
 * Builds popup content with the DOM and textContent only. Several items (overlapping layers under
 * a click) become a list of collapsible entries, top-most first. The chosen one is open, and so is
 * the first entry the article speaks of, so a click on a town in Nagorno-Karabakh shows the town
 * and what the story says about the region. One item is shown whole. `noun` is what the story is
 * ("In the article").
 */
export function renderPopup(items: PopupItem[], open: number, handlers: PopupHandlers, noun = 'article'): HTMLElement {
  const root = el('div', 'atlas-popup');
  const [only] = items;
  if (only && items.length === 1) {
    root.append(renderItem(only, handlers, 'h2', noun));
    return root;
  }
  const intro = el('p', 'atlas-popup__intro', `${items.length} features here, top-most first:`);
  root.append(intro);
  // Also open the first entry the article names by itself (not only as part of a whole layer),
  // or failing that the first it speaks of at all.
  const byName = items.findIndex((item) => item.passages.some((p) => p.mention.target === ref(item)));
  const quoted = byName >= 0 ? byName : items.findIndex((item) => item.passages.length > 0);
  items.forEach((item, i) => {
    const details = el('details', 'atlas-popup__item');
    details.dataset.ref = ref(item);
    details.open = i === open || i === quoted;
    details.toggleAttribute('data-selected', i === open);
    const summary = el('summary');
    summary.append(el('span', 'atlas-popup__summary-name', titleOf(item)), el('span', 'atlas-popup__summary-layer', LAYER_NAMES[item.layer]));
    if (item.passages.length > 0) {
      const count = item.passages.length;
      summary.append(el('span', 'atlas-popup__summary-count', `${count} passage${count === 1 ? '' : 's'}`));
    }
    details.append(summary, renderItem(item, handlers, 'h3', noun));
    // Only a reader's click chooses an entry; opening entries from code must not change the selection.
    summary.addEventListener('click', () => {
      if (!details.open) handlers.onChoose(item.layer, item.id);
    });
    root.append(details);
  });
  return root;
}

/** Opens the accordion entry for an item (when the selection moves within one popup). */
export function openPopupItem(root: HTMLElement, layer: string, id: string | null): boolean {
  const wanted = formatRef({ layer, id });
  const entries = [...root.querySelectorAll<HTMLDetailsElement>('details.atlas-popup__item')];
  const entry = entries.find((d) => d.dataset.ref === wanted);
  if (!entry) return false;
  for (const d of entries) d.toggleAttribute('data-selected', d === entry);
  if (!entry.open) entry.open = true;
  return true;
}

function renderItem(item: PopupItem, handlers: PopupHandlers, heading: 'h2' | 'h3', noun: string): HTMLElement {
  const body = el('div', 'atlas-popup__body');
  body.dataset.ref = ref(item);
  body.append(el(heading, 'atlas-popup__title', titleOf(item)));
  const props = item.feature?.properties;
  let provenance: HTMLElement | null = null;

  if (props) {
    const names = otherNames(props);
    if (names.length > 0) {
      const dl = el('dl', 'atlas-popup__names');
      for (const line of names) {
        const dd = el('dd', undefined, line.value);
        if (line.lang) dd.lang = line.lang;
        dl.append(el('dt', undefined, line.label), dd);
      }
      body.append(dl);
    }
    const dates = formatDates(props.valid_from, props.valid_to);
    body.append(el('p', 'atlas-popup__kind', [props.kind, dates].filter(Boolean).join(' · ')));
    const list = facts(props, item.point);
    if (list.length > 0) {
      const ul = el('ul', 'atlas-popup__facts');
      for (const fact of list) ul.append(el('li', undefined, fact));
      body.append(ul);
    }
    const note = typeof props.note === 'string' ? props.note : '';
    const approximate = props.approximate === true || /^approximate\b/i.test(note);
    if (approximate) {
      const accuracy = el('p', 'atlas-popup__accuracy');
      accuracy.append(el('strong', undefined, 'Approximate. '), document.createTextNode(firstSentence(note.replace(/^approximate\.?\s*/i, ''))));
      body.append(accuracy);
    }
    provenance = el('details', 'atlas-popup__provenance');
    provenance.append(el('summary', undefined, 'Source and accuracy'));
    const source = el('p', 'atlas-popup__source');
    const given: unknown = props.source;
    source.append(el('span', 'atlas-popup__label', 'Source: '), document.createTextNode(typeof given === 'string' ? given : 'not given'));
    const how = methodText(props.method);
    if (how) source.append(document.createTextNode(` (${how})`));
    provenance.append(source);
    if (note) provenance.append(el('p', 'atlas-popup__note', note));
  } else {
    body.append(el('p', 'atlas-popup__kind', [LAYER_NAMES[item.layer], item.layerDates].filter(Boolean).join(' · ')));
    if (item.layerDescription) body.append(el('p', undefined, item.layerDescription));
    if (item.members && item.members.length > 0) {
      const ul = el('ul', 'atlas-popup__members');
      for (const m of item.members) {
        const b = el('button', 'atlas-popup__member', m.name);
        b.type = 'button';
        b.addEventListener('click', () => {
          handlers.onChoose(item.layer, m.id);
        });
        const li = el('li');
        li.append(b);
        ul.append(li);
      }
      body.append(ul);
    }
  }

  if (item.passages.length > 0) {
    body.append(el('h4', 'atlas-popup__passages-title', `In the ${noun}`));
    const ul = el('ul', 'atlas-popup__passages');
    for (const passage of item.passages) {
      const cut = excerpt(passage.paragraphText, passage.start, passage.end);
      const button = el('button', 'atlas-popup__quote');
      button.type = 'button';
      button.dataset.paragraph = String(passage.n);
      button.setAttribute('aria-label', `Paragraph ${passage.n}: ${cut.before}${cut.words}${cut.after}`);
      const q = el('q');
      q.append(document.createTextNode(cut.before), el('mark', undefined, cut.words), document.createTextNode(cut.after));
      button.append(el('span', 'atlas-popup__pn', `¶${passage.n}`), q);
      button.addEventListener('click', () => {
        handlers.onQuote(passage.n);
      });
      const li = el('li');
      li.append(button);
      ul.append(li);
    }
    body.append(ul);
  } else {
    body.append(el('p', 'atlas-popup__none', `The ${noun} does not mention this.`));
  }
  if (provenance) body.append(provenance);
  return body;
}

/** The first sentence of a note, or its first 160 characters. */
function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  const sentence = m ? m[0] : text;
  return sentence.length > 160 ? `${sentence.slice(0, 157).replace(/\s+\S*$/, '')}…` : sentence;
}

function titleOf(item: PopupItem): string {
  // Points carry both names of contested places in their label; areas use their full name.
  if (item.feature) {
    const { label, name } = item.feature.properties;
    const given: unknown = name; // a data file may lack it
    return item.layer === 'places' || item.layer === 'clashes-2022' || typeof given !== 'string' ? label : given;
  }
  return LAYER_NAMES[item.layer];
}

function ref(item: PopupItem): string {
  return formatRef(item);
}
