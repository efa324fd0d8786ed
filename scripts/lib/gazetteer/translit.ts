/**
 * Latin spellings of Armenian and Russian names, the way English-language reporting writes them
 * (close to BGN/PCGN, without its apostrophes): Թաղավարդ Taghavard, Խրամորթ Khramort, Ходжалы
 * Khodzhaly. They let a story that writes a village's Armenian or Russian name in Latin letters
 * find it.
 */

/** A name with Armenian letters in it (some records' `hy` names are in Latin letters). */
export const ARMENIAN_SCRIPT = /[\u0531-\u0587]/u;

const ARMENIAN: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'y',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  օ: 'o',
  ֆ: 'f',
  և: 'ev',
};

const RUSSIAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * The Latin spelling of an Armenian-script name, or null for a name in another script.
 *
 * @example
 * armenianToLatin('Կարմիր Շուկա') // 'Karmir Shuka'
 * armenianToLatin('Երևան')        // 'Yerevan'
 */
export function armenianToLatin(name: string): string | null {
  if (!/[\u0531-\u0587]/u.test(name)) return null;
  return words(name, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const ch = lower.charAt(i);
      const next = lower.charAt(i + 1);
      if (ch === 'ո' && next === 'ւ') {
        out += 'u';
        i++;
      } else if (ch === 'ե' && i === 0) out += 'ye';
      else if (ch === 'ո' && i === 0) out += 'vo';
      else if (ch === 'և') out += i === 0 ? 'yev' : 'ev';
      else out += ARMENIAN[ch] ?? ch;
    }
    return out;
  });
}

/**
 * The Latin spelling of a Russian-script name, or null for a name in another script.
 *
 * @example
 * russianToLatin('Ходжалы') // 'Khodzhaly'
 * russianToLatin('Ереван')  // 'Yerevan'
 */
export function russianToLatin(name: string): string | null {
  if (!/[\u0400-\u04FF]/u.test(name)) return null;
  return words(name, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const ch = lower.charAt(i);
      out += ch === 'е' && (i === 0 || 'аеёиоуыэюяьъ'.includes(lower.charAt(i - 1))) ? 'ye' : (RUSSIAN[ch] ?? ch);
    }
    return out;
  });
}

const AZERBAIJANI: Record<string, string> = { ə: 'a', ǝ: 'a', ä: 'a', ş: 'sh', ç: 'ch', ğ: 'gh', ı: 'i', x: 'kh', q: 'g', c: 'j', ü: 'u', ö: 'o' };

/**
 * An Azerbaijani name as English-language reporting writes it: Qızılhacılı Gizilhajili, Xocalı
 * Khojali, Ağdərə Aghdara.
 *
 * @example
 * azerbaijaniToEnglish('Qızılhacılı') // 'Gizilhajili'
 */
export function azerbaijaniToEnglish(name: string): string {
  return words(name, (word) => {
    let out = '';
    for (const ch of word.toLowerCase()) out += AZERBAIJANI[ch] ?? ch;
    return out.normalize('NFD').replace(/\p{M}/gu, '');
  });
}

// Each word transliterated and capitalised; separators kept.
function words(name: string, one: (word: string) => string): string {
  return name.replace(/[\p{L}\p{M}]+/gu, (w) => {
    const latin = one(w);
    return latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}
