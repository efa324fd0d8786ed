import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Palette } from '../../core/palette.ts';
import { byZoom, isArea, isLine, isOutline, isPoint, PLACE_TIERS, placeFilter, shadowed, WHEN_META } from './expressions.ts';

/**
 * The overlays' style layers in three tiers, each in the contract's drawing order: every overlay's
 * areas, then their lines, then their points, so no area hides another layer's border.
 */

/**
 * Areas. Countries and districts get invisible fills that make them clickable: a constant 0
 * opacity is skipped when drawing (so costs no frame time), and their highlight is an outline.
 */
export function overlayAreas(p: Palette): LayerSpecification[] {
  return [
    { id: 'countries-fill', type: 'fill', source: 'countries', filter: isArea, paint: { 'fill-color': p.country, 'fill-opacity': 0 } },
    { id: 'admin1-fill', type: 'fill', source: 'admin1', filter: isArea, paint: { 'fill-color': p.admin, 'fill-opacity': 0 } },
    // Nagorno-Karabakh (NKAO): a purple fill. After its abolition (26 Nov 1991) it is still what the
    // news calls "Nagorno-Karabakh": an invisible fill then keeps it clickable.
    { id: 'nagorno-karabakh-fill', type: 'fill', source: 'nagorno-karabakh', filter: isArea, paint: { 'fill-color': p.nkao, 'fill-opacity': 0.14 } },
    {
      id: 'nagorno-karabakh-former-fill',
      type: 'fill',
      source: 'nagorno-karabakh',
      filter: isArea,
      metadata: { [WHEN_META]: 'ended' },
      paint: { 'fill-color': p.nkao, 'fill-opacity': 0 },
    },
    // Held 1994–2020: orange hatching. Regained 2020: a green tint hatched the other way, so overlaps cross-hatch.
    { id: 'held-1994-hatch', type: 'fill', source: 'held-1994', filter: isArea, paint: { 'fill-pattern': 'hatch-held', 'fill-opacity': 0.85 } },
    { id: 'regained-2020-fill', type: 'fill', source: 'regained-2020', filter: isArea, paint: { 'fill-color': p.regained, 'fill-opacity': 0.12 } },
    { id: 'regained-2020-hatch', type: 'fill', source: 'regained-2020', filter: isArea, paint: { 'fill-pattern': 'hatch-regained', 'fill-opacity': 0.7 } },
    // Peacekeeping: blue dots.
    {
      id: 'peacekeeping-2020-dots',
      type: 'fill',
      source: 'peacekeeping-2020',
      filter: isArea,
      paint: { 'fill-pattern': 'dots-peacekeeping', 'fill-opacity': 0.9 },
    },
    // Taken in Sep 2023: the regained green, solid and without hatching, so it reads apart from 2020.
    { id: 'offensive-2023-fill', type: 'fill', source: 'offensive-2023', filter: isArea, paint: { 'fill-color': p.regained, 'fill-opacity': 0.24 } },
    // Only Russia's own regions get the tint; Georgia, in this layer as the country between, does not.
    {
      id: 'russia-border-fill',
      type: 'fill',
      source: 'russia-border',
      filter: ['all', isArea, ['==', ['get', 'country'], 'RU']],
      paint: { 'fill-color': p.russia, 'fill-opacity': 0.06 },
    },
    // Positions inside Armenia (claims): a vermillion tint under a dashed outline.
    { id: 'inside-armenia-fill', type: 'fill', source: 'inside-armenia', filter: isArea, paint: { 'fill-color': p.positions, 'fill-opacity': 0.3 } },
  ];
}

/** Borders and lines. */
export function overlayLines(p: Palette): LayerSpecification[] {
  return [
    {
      id: 'admin1-line',
      type: 'line',
      source: 'admin1',
      filter: isArea,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.admin, 'line-width': byZoom(5, 0.5, 10, 1.2), 'line-dasharray': [3, 2] },
    },
    {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      filter: isOutline,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.country, 'line-width': byZoom(3, 0.8, 8, 1.8, 12, 2.5) },
    },
    {
      id: 'nagorno-karabakh-line',
      type: 'line',
      source: 'nagorno-karabakh',
      filter: isArea,
      layout: { 'line-join': 'round' },
      // Wide enough to show as a band beside the 2020 lines that share parts of its edge.
      paint: { 'line-color': p.nkao, 'line-width': byZoom(5, 2.5, 8, 5, 11, 7), 'line-opacity': 0.9 },
    },
    // The NKAO's edge after 1991: a faint dashed former boundary.
    {
      id: 'nagorno-karabakh-former-line',
      type: 'line',
      source: 'nagorno-karabakh',
      filter: isArea,
      metadata: { [WHEN_META]: 'ended' },
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.nkao, 'line-width': byZoom(5, 1.5, 8, 2.5, 11, 3.5), 'line-opacity': 0.55, 'line-dasharray': [3, 2] },
    },
    // Held 1994–2020: a dashed outline; the line of contact as a dark dashed line.
    {
      id: 'held-1994-line',
      type: 'line',
      source: 'held-1994',
      filter: isArea,
      paint: { 'line-color': p.held, 'line-width': byZoom(5, 1.2, 10, 2.2), 'line-dasharray': [4, 2] },
    },
    {
      id: 'held-1994-contact',
      type: 'line',
      source: 'held-1994',
      filter: isLine,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.contact, 'line-width': byZoom(5, 2, 10, 3.5), 'line-dasharray': [2, 1] },
    },
    {
      id: 'regained-2020-line',
      type: 'line',
      source: 'regained-2020',
      filter: isArea,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.regained, 'line-width': byZoom(5, 1, 10, 2) },
    },
    // Peacekeeping: a dotted outline; the corridor as a solid blue band.
    {
      id: 'peacekeeping-2020-line',
      type: 'line',
      source: 'peacekeeping-2020',
      filter: isArea,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.peacekeeping, 'line-width': byZoom(5, 1.5, 10, 2.5), 'line-dasharray': [0.5, 2] },
    },
    {
      id: 'peacekeeping-2020-corridor',
      type: 'line',
      source: 'peacekeeping-2020',
      filter: isLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.peacekeeping, 'line-width': byZoom(5, 2.5, 10, 5) },
    },
    // Taken in Sep 2023: a dashed green outline; the exodus route as a sky-blue dashed line.
    {
      id: 'offensive-2023-line',
      type: 'line',
      source: 'offensive-2023',
      filter: isArea,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.regained, 'line-width': byZoom(5, 1.5, 10, 3), 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'offensive-2023-route',
      type: 'line',
      source: 'offensive-2023',
      filter: isLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.exodus, 'line-width': byZoom(5, 2.5, 10, 5), 'line-dasharray': [2, 1] },
    },
    // Russia's southern border: a heavy vermillion line; distances as dashed lines.
    {
      id: 'russia-border-area-line',
      type: 'line',
      source: 'russia-border',
      filter: isArea,
      paint: { 'line-color': p.russia, 'line-width': 1, 'line-opacity': 0.6, 'line-dasharray': [1, 1] },
    },
    {
      id: 'russia-border-line',
      type: 'line',
      source: 'russia-border',
      filter: ['all', isLine, ['!', ['in', 'shortest', ['get', 'id']]]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.russia, 'line-width': byZoom(3, 3, 10, 6) },
    },
    {
      id: 'russia-border-distance',
      type: 'line',
      source: 'russia-border',
      filter: ['all', isLine, ['in', 'shortest', ['get', 'id']]],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': p.russia, 'line-width': byZoom(3, 1.5, 10, 2.5), 'line-dasharray': [3, 2] },
    },
    {
      id: 'inside-armenia-line',
      type: 'line',
      source: 'inside-armenia',
      filter: isArea,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.positions, 'line-width': byZoom(5, 1.2, 10, 2.5), 'line-dasharray': [1, 1] },
    },
    // 2024–2025: the delimited border as a heavy dark green line; the planned route dashed in purple.
    {
      id: 'peace-2024-delimited',
      type: 'line',
      source: 'peace-2024',
      filter: ['all', isLine, ['==', ['get', 'status'], 'delimited']],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.delimited, 'line-width': byZoom(5, 3, 10, 6) },
    },
    {
      id: 'peace-2024-planned',
      type: 'line',
      source: 'peace-2024',
      filter: ['all', isLine, ['==', ['get', 'status'], 'planned']],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.planned, 'line-width': byZoom(5, 2.5, 10, 5), 'line-dasharray': [1, 1.5] },
    },
  ];
}

/** Points: clashes as yellow discs with a black ring; places by tier. */
export function overlayPoints(p: Palette): LayerSpecification[] {
  return [
    {
      id: 'clashes-2022-circle',
      type: 'circle',
      source: 'clashes-2022',
      filter: isPoint,
      paint: {
        'circle-color': p.clash,
        'circle-radius': byZoom(4, 4.5, 10, 8),
        'circle-stroke-color': p.clashOutline,
        'circle-stroke-width': 1.5,
      },
    },
    // Exclaves: an open black ring around the village's dot.
    {
      id: 'exclaves-ring',
      type: 'circle',
      source: 'exclaves',
      filter: isPoint,
      paint: { 'circle-color': p.halo, 'circle-opacity': 0, 'circle-radius': byZoom(4, 6, 10, 10), 'circle-stroke-color': p.exclave, 'circle-stroke-width': 2 },
    },
    // Villages returned to Azerbaijan in 2024: green discs with a dark ring.
    {
      id: 'peace-2024-returned',
      type: 'circle',
      source: 'peace-2024',
      filter: isPoint,
      paint: { 'circle-color': p.regained, 'circle-radius': byZoom(4, 4, 10, 7), 'circle-stroke-color': p.delimited, 'circle-stroke-width': 1.5 },
    },
    {
      id: 'villages-circle',
      type: 'circle',
      source: 'villages',
      filter: isPoint,
      minzoom: 8,
      paint: { 'circle-color': p.village, 'circle-radius': 2.5, 'circle-stroke-color': p.halo, 'circle-stroke-width': 1 },
    },
    ...PLACE_TIERS.map(
      ({ tier, types, minzoom }): LayerSpecification => ({
        id: `places-circle-${tier}`,
        type: 'circle',
        source: 'places',
        filter: placeFilter(types),
        minzoom,
        paint: {
          'circle-color': p.place,
          'circle-opacity': ['case', shadowed, 0, 1],
          'circle-stroke-opacity': ['case', shadowed, 0, 1],
          'circle-radius': ['match', ['get', 'place_type'], 'capital', 4.5, 'city', 3.5, 3],
          'circle-stroke-color': p.halo,
          'circle-stroke-width': 1.5,
        },
      }),
    ),
  ];
}
