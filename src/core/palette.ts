/**
 * Colours as data. Overlays use the Okabe–Ito palette, which stays distinguishable for the common
 * forms of colour blindness; each overlay also differs by pattern, dash or shape, never by hue alone.
 */
export const palette = {
  sea: '#c9dcea',
  land: '#f5f2ea',
  coast: '#a9b7c2',
  lake: '#c9dcea',
  river: '#6f9fc4',
  text: '#1f1f1f',
  textMuted: '#4a4a4a',
  halo: '#ffffff',
  country: '#3d3d3d',
  admin: '#8a8a8a',
  /** Okabe–Ito reddish purple. */
  nkao: '#CC79A7',
  /** Okabe–Ito orange. */
  held: '#E69F00',
  /** Okabe–Ito bluish green. */
  regained: '#009E73',
  /** Okabe–Ito blue. */
  peacekeeping: '#0072B2',
  /** Okabe–Ito sky blue: the 2023 exodus route (drawn only once the peacekeepers' blue has ended). */
  exodus: '#56B4E9',
  /** Okabe–Ito vermillion. */
  russia: '#D55E00',
  /** Positions inside Armenia (2021, 2022): vermillion too, but a dashed area near the Armenian border, far from Russia's. */
  positions: '#D55E00',
  /** Okabe–Ito yellow, always drawn with a black outline. */
  clash: '#F0E442',
  clashOutline: '#000000',
  place: '#2b2b2b',
  /** Exclaves: a ring around the village's dot. */
  exclave: '#000000',
  /** The planned TRIPP route (2025): Okabe–Ito reddish purple, dashed; the NKAO's purple is a fill of 1923–1991. */
  planned: '#CC79A7',
  /** The border delimited in 2024: the darker green of the regained areas. */
  delimited: '#005c43',
  /** Villages: lighter than places, so towns stand out. */
  village: '#6b6b6b',
  /** The line of contact, darker than the held area's orange. */
  contact: '#5c3a00',
  /** Label colours, each a darker shade of its layer's colour so it reads on the land. */
  waterText: '#285679',
  regainedText: '#005c43',
  russiaText: '#8a3a00',
  nkaoText: '#7a2f5c',
  highlight: '#000000',
  context: '#6b7c8a',
} as const;

export type Palette = typeof palette;
