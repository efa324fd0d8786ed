import type { Swatch } from '../data/layers.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A 28×18 legend swatch drawn as SVG, matching the layer's map styling. */
export function swatchSvg(swatch: Swatch, key: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '18');
  svg.setAttribute('viewBox', '0 0 28 18');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('swatch');
  const add = (name: string, attrs: Record<string, string | number>): SVGElement => {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    svg.append(node);
    return node;
  };
  if (swatch.circle) {
    add('circle', { cx: 14, cy: 9, r: swatch.circle.r ?? 5, fill: swatch.circle.fill, stroke: swatch.circle.stroke, 'stroke-width': 1.8 });
    return svg;
  }
  const defs = document.createElementNS(SVG, 'defs');
  svg.append(defs);
  if (swatch.fill) add('rect', { x: 1, y: 1, width: 26, height: 16, fill: swatch.fill, 'fill-opacity': swatch.fillOpacity ?? 1 });
  if (swatch.hatch || swatch.dots) {
    const pattern = document.createElementNS(SVG, 'pattern');
    const id = `swatch-${key}`;
    pattern.setAttribute('id', id);
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', '6');
    pattern.setAttribute('height', '6');
    if (swatch.hatch) {
      const line = document.createElementNS(SVG, 'path');
      line.setAttribute('d', swatch.hatchDirection === '\\' ? 'M0,0 L6,6 M-1,5 L1,7 M5,-1 L7,1' : 'M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5');
      line.setAttribute('stroke', swatch.hatch);
      line.setAttribute('stroke-width', '1.6');
      pattern.append(line);
    } else if (swatch.dots) {
      const dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('cx', '3');
      dot.setAttribute('cy', '3');
      dot.setAttribute('r', '1.2');
      dot.setAttribute('fill', swatch.dots);
      pattern.append(dot);
    }
    defs.append(pattern);
    add('rect', { x: 1, y: 1, width: 26, height: 16, fill: `url(#${id})` });
  }
  if (swatch.line) {
    const isArea = Boolean(swatch.fill || swatch.hatch || swatch.dots);
    const attrs: Record<string, string | number> = { stroke: swatch.line, 'stroke-width': swatch.lineWidth ?? 1.5, fill: 'none' };
    if (swatch.dash) attrs['stroke-dasharray'] = swatch.dash;
    if (isArea) add('rect', { x: 1, y: 1, width: 26, height: 16, ...attrs });
    else add('line', { x1: 1, y1: 9, x2: 27, y2: 9, ...attrs });
  }
  return svg;
}
