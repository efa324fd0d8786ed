import { OVERLAY_LAYER_IDS, type LayerId, type OverlayLayerId } from '../core/contract.ts';
import { palette } from '../core/palette.ts';

/**
 * Where the layer panel lists a layer when a story does not say: 'article', the group of layers
 * of the story's time (its title comes from the story), or 'history'.
 */
export type LayerGroup = 'article' | 'history';

/** How the legend swatch of a layer looks; drawn as a small SVG by the layer panel. */
export interface Swatch {
  fill?: string;
  fillOpacity?: number;
  /** Diagonal hatching in this colour. */
  hatch?: string;
  hatchDirection?: '/' | '\\';
  dots?: string;
  line?: string;
  lineWidth?: number;
  dash?: string;
  /** A point symbol instead of an area; `r`, its radius in the 28×18 swatch (default 5), sets it apart from other points without colour. */
  circle?: { fill: string; stroke: string; r?: number };
}

/** What a reader is told about an overlay layer in the layer panel. */
export interface OverlayInfo {
  id: OverlayLayerId;
  /** The checkbox's accessible name: says what the layer is. */
  title: string;
  /** A few words for the compact legend. */
  short: string;
  /** Date range, as a reader would say it. */
  dates: string;
  description: string;
  group: LayerGroup;
  defaultVisible: boolean;
  swatch: Swatch;
  /**
   * When the layer has anything to draw: from its earliest `valid_from` to its latest `valid_to`
   * (exclusive; null: still). Undated layers have none. A unit test checks these against geodata/.
   */
  inForce?: { from: string; to: string | null };
  /** What the panel says once the layer's range has ended, when the map still shows something of it. */
  afterwards?: string;
  /** Off unless asked for: a story names one of its features, or the reader turns it on. */
  onDemand?: boolean;
}

/** Overlay layers as the layer panel lists them. Drawing order comes from the contract. */
export const OVERLAYS: readonly OverlayInfo[] = [
  {
    id: 'clashes-2022',
    short: 'Hit in Sep 2022',
    title: 'Places hit in the September 2022 clashes',
    dates: '12–14 Sep 2022',
    description: 'Towns and positions reported shelled, and by whom.',
    group: 'article',
    defaultVisible: true,
    swatch: { circle: { fill: palette.clash, stroke: palette.clashOutline, r: 6 } },
    inForce: { from: '2022-09-12', to: '2022-09-15' },
  },
  {
    id: 'peacekeeping-2020',
    short: 'Peacekeepers',
    title: 'Russian peacekeeping zone and Lachin corridor',
    dates: 'Nov 2020 – Jun 2024',
    description: 'Under the 10 Nov 2020 ceasefire statement.',
    group: 'article',
    defaultVisible: true,
    swatch: { dots: palette.peacekeeping, line: palette.peacekeeping, dash: '2 2', lineWidth: 2 },
    inForce: { from: '2020-11-10', to: '2023-09-20' },
  },
  {
    id: 'offensive-2023',
    short: 'Taken Sep 2023',
    title: 'Taken by Azerbaijan, 19–20 Sep 2023, and the exodus',
    dates: 'since Sep 2023',
    description: 'The rest of the former peacekeeping zone and the corridor; the way over 100,000 people left.',
    group: 'history',
    defaultVisible: true,
    swatch: { fill: palette.regained, fillOpacity: 0.24, line: palette.regained, lineWidth: 2, dash: '3 1.5' },
    inForce: { from: '2023-09-20', to: null },
  },
  {
    id: 'inside-armenia',
    short: 'In Armenia 2021–22',
    title: 'Positions inside Armenia taken by Azerbaijan’s forces, 2021–2022 (claims)',
    dates: 'since May 2021',
    description: 'Approximate, as Armenia’s government described them; Azerbaijan’s position in each note.',
    group: 'article',
    defaultVisible: true,
    swatch: { fill: palette.positions, fillOpacity: 0.3, line: palette.positions, lineWidth: 1.5, dash: '1 1' },
    inForce: { from: '2021-05-12', to: null },
  },
  {
    id: 'exclaves',
    short: 'Exclaves',
    title: 'Exclaves held by the other side since the early 1990s',
    dates: 'since 1992',
    description: 'Artsvashen, held by Azerbaijan; Yukhari Askipara, Barkhudarly, Sofulu and Karki, held by Armenia. Points, not outlines.',
    group: 'history',
    defaultVisible: true,
    swatch: { circle: { fill: palette.halo, stroke: palette.exclave } },
    inForce: { from: '1992-01-01', to: null },
  },
  {
    id: 'peace-2024',
    short: 'Border 2024, TRIPP',
    title: 'The 2024 border delimitation in Tavush–Gazakh and the planned TRIPP route (2025)',
    dates: 'since May 2024',
    description:
      'Four Gazakh villages returned to Azerbaijan on 24 May 2024 and the 12.7 km of border delimited; the transit route across Syunik agreed on 8 Aug 2025, planned, not built. Lines approximate.',
    group: 'history',
    defaultVisible: true,
    swatch: { line: palette.delimited, lineWidth: 3 },
    inForce: { from: '2024-05-24', to: null },
  },
  {
    id: 'russia-border',
    short: "Russia's border",
    title: "Russia's southern border",
    dates: 'since 1991',
    description: 'Border with Azerbaijan; distance from Armenia.',
    group: 'article',
    defaultVisible: true,
    swatch: { line: palette.russia, lineWidth: 4 },
  },
  {
    id: 'countries',
    short: 'Countries',
    title: 'Countries (internationally recognised borders)',
    dates: 'since 1991',
    description: 'Internationally recognised borders.',
    group: 'article',
    defaultVisible: true,
    swatch: { line: palette.country, lineWidth: 2 },
  },
  {
    id: 'admin1',
    short: 'Districts',
    title: 'Provinces and districts',
    dates: 'today',
    description: 'Armenian provinces, Azerbaijani districts.',
    group: 'article',
    defaultVisible: true,
    swatch: { line: palette.admin, lineWidth: 1, dash: '3 2' },
  },
  {
    id: 'places',
    short: 'Places',
    title: 'Cities, towns and villages',
    dates: '',
    description: 'Contested places carry both names.',
    group: 'article',
    defaultVisible: true,
    swatch: { circle: { fill: palette.place, stroke: palette.halo, r: 4.5 } },
  },
  {
    id: 'villages',
    short: 'Villages',
    title: 'Villages of the border and the conflict zone',
    dates: '',
    description: 'Every settlement of the districts reporting names. Off until a story names one.',
    group: 'article',
    defaultVisible: false,
    onDemand: true,
    swatch: { circle: { fill: palette.village, stroke: palette.halo, r: 3 } },
  },
  {
    id: 'regained-2020',
    short: 'Regained 2020',
    title: 'Regained by Azerbaijan in 2020',
    dates: 'Oct – Dec 2020',
    description: 'Taken in the war or handed over after it.',
    group: 'history',
    defaultVisible: true,
    swatch: { fill: palette.regained, fillOpacity: 0.18, hatch: palette.regained, hatchDirection: '\\', line: palette.regained, lineWidth: 1.5 },
    inForce: { from: '2020-10-03', to: null },
  },
  {
    id: 'nagorno-karabakh',
    short: 'NKAO 1923–91',
    title: 'Nagorno-Karabakh Autonomous Oblast (NKAO)',
    dates: '1923–1991',
    description: 'The disputed territory; Soviet autonomous region. After 1991 its edge is drawn dashed.',
    group: 'history',
    defaultVisible: true,
    swatch: { fill: palette.nkao, fillOpacity: 0.15, line: palette.nkao, lineWidth: 3 },
    inForce: { from: '1923-07-07', to: '1991-11-26' },
    afterwards: 'Abolished 26 Nov 1991; its outline stays on the map, dashed, as the former boundary the news still calls Nagorno-Karabakh.',
  },
  {
    id: 'held-1994',
    short: 'Held 1994–2020',
    title: 'Held by Armenian forces, 1994–2020',
    dates: 'May 1994 – 2020',
    description: 'Held after the 1994 ceasefire; line of contact.',
    group: 'history',
    defaultVisible: true,
    swatch: { hatch: palette.held, hatchDirection: '/', line: palette.held, lineWidth: 1.5, dash: '4 2' },
    inForce: { from: '1994-05-12', to: '2020-11-10' },
  },
];

/** Overlay ids visible on a fresh page, in drawing order. */
export const DEFAULT_VISIBLE_LAYERS: readonly OverlayLayerId[] = OVERLAY_LAYER_IDS.filter((id) => OVERLAYS.find((o) => o.id === id)?.defaultVisible === true);

/** Plain names of all layers, base layers included, for popups. */
export const LAYER_NAMES: Record<LayerId, string> = {
  land: 'Land',
  water: 'Lakes and rivers',
  ...(Object.fromEntries(OVERLAYS.map((o) => [o.id, o.title])) as Record<OverlayLayerId, string>),
};

export function overlayInfo(id: OverlayLayerId): OverlayInfo {
  const info = OVERLAYS.find((o) => o.id === id);
  if (!info) throw new Error(`no overlay info for ${id}`);
  return info;
}

/** The overlays a story's own group holds when the story does not list them. */
export const DEFAULT_GROUP_LAYERS: readonly OverlayLayerId[] = OVERLAY_LAYER_IDS.filter((id) => overlayInfo(id).group === 'article');

/**
 * The overlays that draw something on date `t`: undated ones, those in force, and former
 * boundaries still drawn after their end (the NKAO's outline). The layers a story of that date
 * would list as its own.
 *
 * @example
 * layersDrawnOn('1995-01-01') // ['countries', 'admin1', 'nagorno-karabakh', 'held-1994', 'russia-border', 'exclaves', 'places']
 */
export function layersDrawnOn(t: string): OverlayLayerId[] {
  return OVERLAY_LAYER_IDS.filter((id) => {
    const { inForce, afterwards } = overlayInfo(id);
    if (!inForce || t < inForce.from) return !inForce;
    return inForce.to === null || t < inForce.to || afterwards !== undefined;
  });
}
