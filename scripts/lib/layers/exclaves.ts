/**
 * The layer `exclaves`: the exclaves held by the other side since the early 1990s, as points (no
 * exclave boundary is in the packaged data), each with its dates, sources, published area and what
 * Natural Earth's own countries make of it (sources/after-2020.json, "exclaves").
 */
import * as turf from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { formatDate } from '../../../src/core/dates.ts';
import { outlines, shapeAt, type Area } from '../geo.ts';
import type { Inputs } from '../inputs.ts';
import { feature } from '../props.ts';

interface Exclave {
  id: string;
  place: string;
  de_jure: 'AM' | 'AZ';
  held_by: 'AM' | 'AZ';
  taken: string;
  date_precision: 'day' | 'month' | 'year';
  area: string;
  text: string;
  source: string;
}

const COUNTRY: Record<string, string> = { AM: 'Armenia', AZ: 'Azerbaijan', GE: 'Georgia', IR: 'Iran', TR: 'Turkey', RU: 'Russia' };
const NE_ADMIN0 = 'Natural Earth 10m admin-0 (world-atlas 2.0.2), public domain';

export function buildExclaves(inputs: Inputs, places: Feature<Point>[], countries: Map<string, Area>): Feature[] {
  const list = (inputs.sources['after-2020'] as { exclaves?: { list: Exclave[] } }).exclaves?.list;
  if (!list) throw new Error('geodata/sources/after-2020.json: "exclaves" is missing');
  return list.map((x) => {
    const place = places.find((p) => p.properties?.id === x.place);
    if (!place?.properties) throw new Error(`after-2020.json: exclave ${x.id} names place "${x.place}", which places.json lacks`);
    if (x.held_by === x.de_jure) throw new Error(`after-2020.json: exclave ${x.id} is held by its own country`);
    const ne = shapeAt(place.geometry.coordinates, countries) ?? 'none';
    const neText =
      ne === x.held_by
        ? `Natural Earth's 10m countries put the point in ${COUNTRY[ne] ?? ne}, the country that holds it: ${missedBy(place.geometry.coordinates, countries.get(x.de_jure), COUNTRY[x.de_jure] ?? x.de_jure)}`
        : ne === x.de_jure
          ? `Natural Earth's 10m countries put the point in ${COUNTRY[ne] ?? ne}, the country it belongs to by law (it is not drawn as held by the other side).`
          : `Natural Earth's 10m countries put the point in ${COUNTRY[ne] ?? ne}.`;
    const when = x.date_precision === 'day' ? formatDate(x.taken) : x.date_precision === 'month' ? formatDate(x.taken.slice(0, 7)) : x.taken.slice(0, 4);
    const names = place.properties.names as Record<string, string>;
    return feature(
      {
        id: x.id,
        name: String(place.properties.name),
        names,
        kind: `Exclave of ${COUNTRY[x.de_jure]} held by ${COUNTRY[x.held_by]}`,
        source: `${x.source}; position: ${String(place.properties.source)}; ${NE_ADMIN0}`,
        method: 'authored',
        note: `Approximate: a point (the village), not the exclave's outline, which no packaged data gives; published area ${x.area}. ${x.text} Held since ${when}${x.date_precision === 'day' ? '' : ` (only the ${x.date_precision} is known: the map shows it from its first day)`}. ${neText}`,
        valid_from: x.taken,
        valid_to: null,
        approximate: true,
        extra: { de_jure: x.de_jure, held_by: x.held_by, date_precision: x.date_precision, natural_earth_country: ne },
      },
      place.geometry,
    );
  });
}

/** What Natural Earth draws of the legal owner's land near a point it leaves outside: its nearest edge, measured. */
function missedBy(at: number[], owner: Area | undefined, name: string): string {
  if (!owner) return 'it draws no exclave here.';
  const km = Math.min(...outlines(owner).map((l) => turf.pointToLineDistance(at, l, { units: 'kilometers' })));
  return km < 3
    ? `it draws a piece of ${name} whose edge is ${km.toFixed(1)} km from the cited point, a generalised outline that misses it.`
    : `the nearest land of ${name} it draws is ${km.toFixed(0)} km away: it draws no exclave here.`;
}
