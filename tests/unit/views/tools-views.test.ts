// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { CompareControl } from '../../../src/views/compare-control.ts';
import { embedCode } from '../../../src/views/embed-bar.ts';
import { metresPerPixel, scaleBar } from '../../../src/views/export-image.ts';

describe('scaleBar', () => {
  it('takes the longest round distance that fits', () => {
    expect(scaleBar(1000, 120)).toEqual({ pixels: 100, label: '100 km' });
    expect(scaleBar(469.6, 120)).toEqual({ pixels: 106, label: '50 km' });
    expect(scaleBar(3, 120)).toEqual({ pixels: 67, label: '200 m' });
    expect(scaleBar(0, 120)).toBeNull();
    expect(scaleBar(Number.NaN, 120)).toBeNull();
  });

  it('metresPerPixel: 40,075 km around the equator over 512 px at zoom 0, half as much at 60°', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78_271.5 / 4, 0);
  });
});

describe('embedCode', () => {
  it('writes an iframe with a title, escaping what could end an attribute', () => {
    expect(embedCode('https://a.example/#t=2022-09-13&embed=1', 'Caucasus Atlas: "Goris" <b>')).toBe(
      '<iframe src="https://a.example/#t=2022-09-13&amp;embed=1" title="Caucasus Atlas: &quot;Goris&quot; &lt;b&gt;" width="600" height="400" loading="lazy"></iframe>',
    );
  });
});

describe('CompareControl', () => {
  it('starts comparing with the suggested date, shows the field while on, and stops', () => {
    const onCompare = vi.fn();
    const control = new CompareControl({ onCompare, suggest: () => '1994-05-12' });
    const [toggle] = control.element.querySelectorAll('button');
    control.render('2022-09-13', undefined);
    toggle?.click();
    expect(onCompare).toHaveBeenLastCalledWith('1994-05-12');
    control.render('2022-09-13', '1994-05-12');
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(control.element.querySelector('label')?.hidden).toBe(false);
    expect(control.element.querySelector<HTMLInputElement>('input')?.value).toBe('1994-05-12');
    toggle?.click();
    expect(onCompare).toHaveBeenLastCalledWith(undefined);
  });

  it('ignores a date the timeline lacks and keeps the last good one', () => {
    const onCompare = vi.fn();
    const control = new CompareControl({ onCompare, suggest: () => '1994-05-12' });
    control.render('2022-09-13', '1994-05-12');
    const field = control.element.querySelector('input');
    if (!field) throw new Error('no field');
    field.value = '1900-01-01';
    field.dispatchEvent(new Event('change'));
    expect(onCompare).not.toHaveBeenCalled();
    expect(field.value).toBe('1994-05-12');
  });

  it('unavailable: the button is off and the reason is said', () => {
    const control = new CompareControl({ onCompare: vi.fn(), suggest: () => '1994-05-12' });
    control.unavailable('Comparing two dates needs the interactive map.');
    control.render('2022-09-13', '1994-05-12');
    expect(control.element.querySelector('button')?.disabled).toBe(true);
    expect(control.element.querySelector('[role=status]')?.textContent).toBe('Comparing two dates needs the interactive map.');
    expect(control.element.querySelector('label')?.hidden).toBe(true);
  });
});
