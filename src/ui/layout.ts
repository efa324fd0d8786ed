import type { PaddingOptions } from 'maplibre-gl';

/**
 * Map padding that keeps framed places clear of what floats over the map: on wide screens the
 * layer panel sits over the map's left side, so frames shift right of it. On phones the panel is
 * below the map and the padding is small.
 */
export function framePadding(mapContainer: HTMLElement, extra = 0): PaddingOptions {
  const base = mapContainer.clientWidth < 600 ? 16 : 40;
  const panel = document.getElementById('layers');
  let left = base;
  if (panel && getComputedStyle(panel).position === 'absolute') {
    const panelBox = panel.getBoundingClientRect();
    const mapBox = mapContainer.getBoundingClientRect();
    // Only when the panel leaves room: a map narrower than twice the panel keeps its centre.
    if (mapBox.width > panelBox.width * 2.2) left = panelBox.right - mapBox.left + base / 2;
  }
  return { top: base + extra, bottom: base, left, right: base + (mapContainer.clientWidth < 600 ? 0 : 40) };
}
