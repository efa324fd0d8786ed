/**
 * Scripts the harness runs inside the pages. They are plain JavaScript strings, not functions:
 * tsx compiles functions with helpers (`__name`) that do not exist in the page.
 */

/** Runs before any page script: records long tasks, and hooks `window.map` when a page sets it. */
export const INIT_SCRIPT = `(() => {
  const b = { idles: [], lastRender: -1, renders: 0, longtasks: [], mapAt: -1 };
  Object.defineProperty(window, '__bench', { value: b });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { b.longtaskError = String(e); }
  // Time to the first paragraph painted (Element Timing): the first passage, #p1, is marked as soon
  // as it is in the document, and unmarked once painted, so that the app, which adopts the build's
  // article only when it is unchanged, finds it as the build made it.
  b.paragraph = null;
  b.p1 = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier !== 'first-paragraph' || b.paragraph !== null) continue;
        b.paragraph = e.renderTime || e.loadTime;
        if (e.element) e.element.removeAttribute('elementtiming');
      }
    }).observe({ type: 'element', buffered: true });
    const mark = () => {
      const p = document.getElementById('p1');
      if (p && b.paragraph === null && !p.hasAttribute('elementtiming')) { p.setAttribute('elementtiming', 'first-paragraph'); b.p1 = p; }
    };
    new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  } catch (e) { b.paragraphError = String(e); }
  let current;
  Object.defineProperty(window, 'map', {
    configurable: true,
    enumerable: true,
    get() { return current; },
    set(v) {
      current = v;
      if (v && typeof v.on === 'function' && typeof v.getStyle === 'function' && b.mapAt < 0) {
        b.mapAt = performance.now();
        v.on('render', () => { b.lastRender = performance.now(); b.renders += 1; });
        v.on('idle', () => { b.idles.push(performance.now()); });
      }
    },
  });
})();`;

/** { idles, lastRender, now, hasMap, complete, error }: polled until the page has settled. */
export const PROBE = `(() => {
  const b = window.__bench;
  return { idles: b.idles, lastRender: b.lastRender, now: performance.now(), hasMap: b.mapAt >= 0, complete: window.__benchComplete ?? null };
})()`;

export const NOW = `performance.now()`;

/** { at, adopted }: when #p1 was first painted, and whether the #p1 on the page now is that node. */
export const PARAGRAPH = `(() => {
  const b = window.__bench;
  return { at: b.paragraph, adopted: b.p1 !== null && b.p1 === document.getElementById('p1'), error: b.paragraphError ?? null };
})()`;

export const LONG_TASKS = `window.__bench.longtasks`;

/** The geodata sources the app's map draws: features loaded and at least one style layer shown. */
export const DRAWN_SOURCES = `(() => {
  const map = window.map;
  const style = map.getStyle();
  const shown = new Set(style.layers.filter((l) => l.source && (l.layout?.visibility ?? 'visible') !== 'none').map((l) => l.source));
  return Object.keys(style.sources).filter((id) => shown.has(id) && map.querySourceFeatures(id).length > 0);
})()`;

export const MAP_SIZE = `(() => {
  const r = window.map.getCanvas().getBoundingClientRect();
  return { w: Math.round(r.width), h: Math.round(r.height) };
})()`;

/**
 * In-page helpers shared by both camera scripts (they expect a `map` with Leaflet's or MapLibre's
 * `once('moveend')`): `moved` runs a camera call and waits for its end; `record` also collects the
 * requestAnimationFrame deltas while it runs.
 */
const MOVE_HELPERS = `const moved = (fn) => new Promise((r) => { map.once('moveend', r); fn(); });
  const record = async (fn) => {
    const deltas = []; let last = null; let on = true;
    const tick = (t) => { if (!on) return; if (last !== null) deltas.push(t - last); last = t; requestAnimationFrame(tick); };
    const t0 = performance.now();
    requestAnimationFrame(tick);
    await moved(fn);
    on = false;
    // A move drawn in a single frame (each frame slower than the whole animation) gives no delta:
    // then the move's own time is that frame's, at least.
    if (deltas.length === 0) deltas.push(performance.now() - t0);
    return deltas;
  };`;

/**
 * The camera script on a MapLibre map: pan 320 px east over 1 s; jump to zoom 6 over Karabakh and
 * zoom to 10 over 2 s; zoom back to 6 over 2 s; return to the first view. Frame times are recorded
 * (requestAnimationFrame deltas) only while the camera moves.
 */
export const CAMERA_MAPLIBRE = `(async (args) => {
  const map = window.map;
  const start = performance.now();
  const before = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const idle = () => new Promise((r) => { map.once('idle', r); map.triggerRepaint(); });
  ${MOVE_HELPERS}
  const pan = await record(() => map.panBy([320, 0], { duration: 1000, essential: true }));
  await idle();
  await moved(() => map.jumpTo({ center: args.center, zoom: 6 }));
  await idle();
  const zoomIn = await record(() => map.easeTo({ zoom: 10, duration: 2000, essential: true }));
  await idle();
  const zoomOut = await record(() => map.easeTo({ zoom: 6, duration: 2000, essential: true }));
  await idle();
  await moved(() => map.jumpTo(before));
  await idle();
  return { start, end: performance.now(), pan, zoomIn, zoomOut };
})`;

/**
 * The same script on Leaflet. Leaflet's zoom counts 256 px tiles and MapLibre's 512 px ones, so
 * MapLibre's zoom 6 → 10 is Leaflet's 7 → 11.
 */
export const CAMERA_LEAFLET = `(async (args) => {
  const map = window.leafletMap;
  const start = performance.now();
  const before = { center: map.getCenter(), zoom: map.getZoom() };
  const frames = (n) => new Promise((r) => { const f = () => (--n <= 0 ? r() : requestAnimationFrame(f)); requestAnimationFrame(f); });
  ${MOVE_HELPERS}
  const ll = [args.center[1], args.center[0]];
  const pan = await record(() => map.panBy([320, 0], { animate: true, duration: 1 }));
  await frames(2);
  await moved(() => map.setView(ll, 7, { animate: false }));
  await frames(2);
  const zoomIn = await record(() => map.flyTo(ll, 11, { duration: 2 }));
  await frames(2);
  const zoomOut = await record(() => map.flyTo(ll, 7, { duration: 2 }));
  await frames(2);
  await moved(() => map.setView(before.center, before.zoom, { animate: false }));
  await frames(2);
  return { start, end: performance.now(), pan, zoomIn, zoomOut };
})`;

/**
 * Points on the app's map (page coordinates) where a click should open a popup: a geodata
 * feature other than land is drawn there and no control covers the map. One per feature.
 */
export const POPUP_POINTS = `(() => {
  const map = window.map;
  const canvas = map.getCanvas();
  const r = canvas.getBoundingClientRect();
  const out = [];
  const seen = new Set();
  for (let gy = 1; gy < 14; gy++) for (let gx = 1; gx < 18; gx++) {
    const x = (r.width * gx) / 18, y = (r.height * gy) / 14;
    const hits = map.queryRenderedFeatures([x, y]).filter((f) => f.source !== 'land' && !(f.properties && '_helper' in f.properties));
    if (hits.length === 0) continue;
    const px = r.left + x, py = r.top + y;
    if (document.elementFromPoint(px, py) !== canvas) continue;
    const key = hits[0].source + '/' + (hits[0].id ?? (hits[0].properties && hits[0].properties.id));
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ x: px, y: py, key });
  }
  return out;
})()`;
