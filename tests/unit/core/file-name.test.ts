import { describe, expect, it } from 'vitest';
import { slugOf, viewFileName } from '../../../src/core/file-name.ts';

describe('viewFileName', () => {
  it("viewFileName('2022-09-13', 'Nagorno-Karabakh', 'png') names the atlas, the date and the view", () => {
    expect(viewFileName('2022-09-13', 'Nagorno-Karabakh', 'png')).toBe('caucasus-atlas-2022-09-13-nagorno-karabakh.png');
  });

  it('writes a name with diacritics, spaces and slashes as plain ASCII words', () => {
    expect(viewFileName('1994-05-12', 'Şuşa / Shushi', 'geojson')).toBe('caucasus-atlas-1994-05-12-susa-shushi.geojson');
  });

  it('leaves out a subject with no letter or digit it can write', () => {
    expect(viewFileName('2022-09-13', 'Шуша', 'png')).toBe('caucasus-atlas-2022-09-13.png');
    expect(viewFileName('2022-09-13', '../../etc/passwd', 'png')).toBe('caucasus-atlas-2022-09-13-etc-passwd.png');
  });
});

describe('slugOf', () => {
  it('keeps at most 60 characters and never ends on a hyphen', () => {
    const slug = slugOf(`${'a'.repeat(59)} b c`);
    expect(slug).toBe('a'.repeat(59));
  });
});
