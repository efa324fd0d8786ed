import { isOverlayLayerId, OVERLAY_LAYER_IDS, type LayerId, type OverlayLayerId } from '../core/contract.ts';
import { frameFor, REGION_BBOX } from '../core/frame.ts';
import { featureEnded, featureInForce } from '../core/dates.ts';
import { anchorOf, bboxOf, isAreaGeometry, isPointGeometry } from '../core/geometry.ts';
import { projectionFor, viewBBox, type Projection } from '../core/mercator.ts';
import { palette } from '../core/palette.ts';
import { formatRef } from '../core/ref.ts';
import { overlayInfo } from '../data/layers.ts';
import type { AtlasFeature, PreparedLayer } from '../data/prepare.ts';
import { LOOKS, node, pathOf, patterns } from './still-svg.ts';

/**
 * Draws the still map's picture (see still-map.ts): an SVG of the same geodata, in the same Web
 * Mercator projection, with the layers in force on the chosen date, the places the story names and
 * the selection. Built with the DOM only: every name is a text node, never markup.
 */

/** What the picture shows. */
export interface StillScene {
  t: string;
  /** The overlays the reader has on. */
  layers: readonly OverlayLayerId[];
  /** The link's view, or null for the whole region. */
  view: { lng: number; lat: number; zoom: number } | null;
  /** A loaded layer's data, or null while it loads (or when it failed). */
  data: (layer: LayerId) => PreparedLayer | null;
  /** Targets (`layer/id`) the story names: these places are drawn and labelled. */
  mentioned: ReadonlySet<string>;
  selected: { layer: LayerId; id: string | null } | null;
}

/**
 * A feature's outline. Areas the pipeline clipped to a window (countries) have outline helpers
 * in their map data that leave out the cut edges; other features are their own outline.
 */
function outlinePath(scene: StillScene, layer: OverlayLayerId, f: AtlasFeature, projection: Projection): string {
  if (layer !== 'countries') return pathOf(f.geometry, projection);
  const outlines = scene.data(layer)?.mapData.features.filter((m) => m.properties?._helper === 'outline' && m.properties.id === f.properties.id) ?? [];
  return outlines.map((m) => pathOf(m.geometry, projection)).join('');
}

/** A drawn feature the reader can click: its ref rides on the element. */
function tag(element: SVGElement, layer: LayerId, feature: AtlasFeature): void {
  element.dataset.ref = formatRef({ layer, id: feature.properties.id });
  element.classList.add('still-map__feature');
}

/** The overlays the picture draws for this scene, in drawing order, with what each has on the date. */
export function drawnLayers(scene: StillScene): OverlayLayerId[] {
  return OVERLAY_LAYER_IDS.filter((id) => {
    if (!scene.layers.includes(id)) return false;
    const prepared = scene.data(id);
    if (!prepared) return false;
    return [...prepared.features.values()].some((f) => drawsOn(id, f, scene));
  });
}

function drawsOn(layer: OverlayLayerId, f: AtlasFeature, scene: StillScene): boolean {
  const props = f.properties as Record<string, unknown>;
  if (featureInForce(props, scene.t)) return !isPointGeometry(f.geometry) || pointShown(layer, f, scene);
  // The NKAO's outline stays after its abolition, dashed (see the layer's `afterwards`).
  return overlayInfo(layer).afterwards !== undefined && featureEnded(props, scene.t);
}

/** Places and villages are drawn when the story names them or they are cities; clash points always. */
function pointShown(layer: OverlayLayerId, f: AtlasFeature, scene: StillScene): boolean {
  if (layer === 'clashes-2022') return true;
  const ref = formatRef({ layer, id: f.properties.id });
  if (scene.mentioned.has(ref) || sameSelected(scene, layer, f.properties.id)) return true;
  return layer === 'places' && /city/i.test(f.properties.kind);
}

function sameSelected(scene: StillScene, layer: LayerId, id: string): boolean {
  return scene.selected?.layer === layer && (scene.selected.id === id || scene.selected.id === null);
}

/**
 * What the picture frames: the selection with some country around it (a far place together with
 * the region, as the map frames it), else the link's view, else the region.
 */
export function stillProjection(scene: StillScene, width: number, height: number): Projection {
  const sel = scene.selected;
  const prepared = sel ? scene.data(sel.layer) : null;
  const target = sel && prepared ? (sel.id === null ? prepared.bbox : bboxOf(prepared.features.get(sel.id)?.geometry ?? null)) : null;
  if (sel && target) {
    // Where the map would look (a far place with the region, a layer clipped to the wider region)...
    const far = sel.id !== null && prepared?.features.get(sel.id)?.properties.far === true;
    const [w, s, e, n] = frameFor({ bbox: target, far }).bounds;
    // ...with some country around it: at least 1.6° by 1°, so a village shows with the towns near it.
    const padX = Math.max(0.8 - (e - w) / 2, (e - w) * 0.1);
    const padY = Math.max(0.5 - (n - s) / 2, (n - s) * 0.1);
    return projectionFor([w - padX, s - padY, e + padX, n + padY], width, height, 8);
  }
  if (scene.view) return projectionFor(viewBBox(scene.view, width, height), width, height, 0);
  return projectionFor(REGION_BBOX, width, height, 8);
}

/** Draws the scene's SVG at `width` × `height` pixels. */
export function drawStill(scene: StillScene, width: number, height: number): SVGSVGElement {
  const projection = stillProjection(scene, width, height);
  const svg = node('svg', { viewBox: `0 0 ${String(width)} ${String(height)}`, width, height, role: 'img', class: 'still-map__svg' });
  svg.append(patterns());
  svg.append(node('rect', { x: 0, y: 0, width, height, fill: palette.sea }));

  // The land as the map's base draws it: the world overview, sea over the window the detailed
  // land covers, then the detail; coasts from the outlines that leave out the window's cut edges.
  const land = scene.data('land')?.mapData.features ?? [];
  const helper = (f: (typeof land)[number]): unknown => f.properties?._helper;
  const overview = (f: (typeof land)[number]): boolean => f.properties?._overview === true;
  const drawLand = (keep: (f: (typeof land)[number]) => boolean, attrs: Record<string, string | number>): void => {
    for (const f of land) if (keep(f)) svg.append(node('path', { d: pathOf(f.geometry, projection), ...attrs }));
  };
  drawLand((f) => overview(f) && helper(f) === undefined, { fill: palette.land });
  drawLand((f) => overview(f) && helper(f) === 'outline', { fill: 'none', stroke: palette.coast, 'stroke-width': 0.6 });
  drawLand((f) => helper(f) === 'mask', { fill: palette.sea });
  drawLand((f) => !overview(f) && helper(f) === undefined, { fill: palette.land });
  drawLand((f) => !overview(f) && helper(f) === 'outline', { fill: 'none', stroke: palette.coast, 'stroke-width': 0.8 });
  const water = scene.data('water');
  for (const f of water?.features.values() ?? []) {
    const area = isAreaGeometry(f.geometry);
    svg.append(node('path', { d: pathOf(f.geometry, projection), fill: area ? palette.lake : 'none', stroke: palette.river, 'stroke-width': area ? 0.5 : 1 }));
  }

  const layers = drawnLayers(scene);
  const labels: Label[] = [];
  // Areas, then lines, then points, as the map draws them: no area hides another layer's border.
  for (const tier of ['area', 'line', 'point'] as const) {
    for (const id of layers) {
      const look = LOOKS[id];
      for (const f of scene.data(id)?.features.values() ?? []) {
        if (!drawsOn(id, f, scene)) continue;
        const props = f.properties as Record<string, unknown>;
        const former = !featureInForce(props, scene.t);
        const g = f.geometry;
        if (tier === 'area' && isAreaGeometry(g) && !look.noFill && !former) {
          const d = pathOf(g, projection);
          if (look.fill) svg.append(node('path', { d, fill: look.fill, 'fill-opacity': look.fillOpacity ?? 1 }));
          if (look.pattern) svg.append(node('path', { d, fill: `url(#${look.pattern})` }));
        }
        if (tier === 'line' && !isPointGeometry(g) && look.line) {
          const attrs: Record<string, string | number> = {
            d: outlinePath(scene, id, f, projection),
            fill: 'none',
            stroke: look.line,
            'stroke-width': look.lineWidth ?? 1,
            'stroke-linejoin': 'round',
          };
          const dash = former ? '5 3' : look.dash;
          if (dash) attrs['stroke-dasharray'] = dash;
          if (props.kind === 'Computed distance') attrs['stroke-dasharray'] = '1 3';
          const line = node('path', attrs);
          svg.append(line);
          // The clickable part of an area or line: an invisible wider stroke and the inside.
          const hit = node('path', {
            d: attrs.d ?? '',
            fill: isAreaGeometry(g) && !look.noFill ? 'transparent' : 'none',
            stroke: 'transparent',
            'stroke-width': 8,
          });
          tag(hit, id, f);
          svg.append(hit);
        }
        if (tier === 'point' && isPointGeometry(g)) {
          const at = anchorOf(g);
          if (!at || !projection.contains(at)) continue;
          const [x, y] = projection.point(at);
          const clash = id === 'clashes-2022';
          const dot = node('circle', {
            cx: x.toFixed(1),
            cy: y.toFixed(1),
            r: clash ? 5 : id === 'villages' ? 3 : 3.5,
            fill: clash ? palette.clash : id === 'villages' ? palette.village : palette.place,
            stroke: clash ? palette.clashOutline : palette.halo,
            'stroke-width': clash ? 1.5 : 1.2,
          });
          tag(dot, id, f);
          svg.append(dot);
          const named = scene.mentioned.has(formatRef({ layer: id, id: f.properties.id }));
          const chosen = scene.selected?.layer === id && scene.selected.id === f.properties.id;
          labels.push({ text: f.properties.label, x, y, rank: chosen ? 2 : named || clash ? 1 : 0 });
        }
      }
    }
  }
  drawLabels(svg, labels, width);
  drawSelection(svg, scene, projection);
  return svg;
}

/** A place's label: rank 2 for the selection, 1 for the story's places and clash points, 0 for the rest. */
interface Label {
  text: string;
  x: number;
  y: number;
  rank: number;
}

/**
 * Labels beside their dots, right unless that runs off the picture, kept inside it; the selection
 * first, then the story's places. A label that would overlap one already placed is left out.
 */
function drawLabels(svg: SVGSVGElement, labels: Label[], width: number): void {
  const taken: [number, number, number, number][] = [];
  const sorted = [...labels].sort((a, b) => b.rank - a.rank);
  for (const l of sorted) {
    const strong = l.rank > 0;
    const size = strong ? 12 : 11;
    const w = l.text.length * size * 0.55;
    const left = l.x + w + 6 > width;
    const x = Math.max(2, Math.min(width - w - 2, left ? l.x - 6 - w : l.x + 6));
    const box: [number, number, number, number] = [x, l.y - size, x + w, l.y + 3];
    if (taken.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
    taken.push(box);
    const text = node('text', {
      x: x.toFixed(1),
      y: (l.y + 4).toFixed(1),
      'font-size': size,
      'font-weight': strong ? 700 : 400,
      fill: palette.text,
      stroke: palette.halo,
      'stroke-width': 3,
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
      class: 'still-map__label',
    });
    text.textContent = l.text;
    svg.append(text);
  }
}

/** The selected feature: a black outline for an area or line, a ring for a place. */
function drawSelection(svg: SVGSVGElement, scene: StillScene, projection: Projection): void {
  const sel = scene.selected;
  if (!sel) return;
  const prepared = scene.data(sel.layer);
  const features =
    sel.id === null ? [...(prepared?.features.values() ?? [])] : [prepared?.features.get(sel.id)].filter((f): f is AtlasFeature => f !== undefined);
  for (const f of features) {
    if (isPointGeometry(f.geometry)) {
      const at = anchorOf(f.geometry);
      if (!at || !projection.contains(at)) continue;
      const [x, y] = projection.point(at);
      svg.append(
        node('circle', {
          cx: x.toFixed(1),
          cy: y.toFixed(1),
          r: 9,
          fill: 'none',
          stroke: palette.highlight,
          'stroke-width': 2.5,
          class: 'still-map__selected',
        }),
      );
    } else {
      // Countries' outlines leave out the edges the pipeline cut them at, as their lines do.
      const d = isOverlayLayerId(sel.layer) ? outlinePath(scene, sel.layer, f, projection) : pathOf(f.geometry, projection);
      svg.append(node('path', { d, fill: 'none', stroke: palette.highlight, 'stroke-width': 2.5, class: 'still-map__selected' }));
    }
  }
}
