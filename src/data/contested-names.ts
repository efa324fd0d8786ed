/**
 * English forms of the two names of contested places: [Armenian usage, Azerbaijani usage].
 * From the project's checked facts (shared/FACTS.md, "Names"). Keyed by the geodata feature id.
 * The geodata gives `name` plus native-script `names`; these add the English form of the other side's name.
 */
export const CONTESTED_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  stepanakert: ['Stepanakert', 'Khankendi'],
  shusha: ['Shushi', 'Shusha'],
  martakert: ['Martakert', 'Aghdara'],
  aghdara: ['Martakert', 'Aghdara'],
  martuni: ['Martuni', 'Khojavend'],
  khojavend: ['Martuni', 'Khojavend'],
  askeran: ['Askeran', 'Asgaran'],
  lachin: ['Berdzor', 'Lachin'],
  kalbajar: ['Karvachar', 'Kalbajar'],
  fuzuli: ['Varanda', 'Fuzuli'],
  jabrayil: ['Jrakan', 'Jabrayil'],
  zangilan: ['Kovsakan', 'Zangilan'],
  qubadli: ['Kashunik', 'Qubadli'],
};

/** "Stepanakert / Khankendi" for a contested place, else null. */
export function bothNames(id: string): string | null {
  const pair = CONTESTED_NAMES[id];
  return pair ? `${pair[0]} / ${pair[1]}` : null;
}
