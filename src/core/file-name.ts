/**
 * File names for what a reader takes away from a view (an image, the data): the atlas, the date and
 * what the view shows, as lower-case ASCII words joined by hyphens.
 *
 * @example
 * viewFileName('2022-09-13', 'Nagorno-Karabakh', 'png') // 'caucasus-atlas-2022-09-13-nagorno-karabakh.png'
 * viewFileName('2022-09-13', 'Şuşa / Shushi', 'geojson') // 'caucasus-atlas-2022-09-13-susa-shushi.geojson'
 */
export function viewFileName(t: string, subject: string, extension: string): string {
  const slug = slugOf(subject);
  return `caucasus-atlas-${slugOf(t)}${slug ? `-${slug}` : ''}.${extension}`;
}

/** Lower-case ASCII letters and digits, words joined by one hyphen, at most 60 characters. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // diacritics: Ş → S
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
