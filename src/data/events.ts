import type { TimelineEvent } from '../core/events.ts';

/**
 * The events of the conflict every story's timeline steps through, in date order; each story adds
 * its own (see story/model.ts). Dates and sources as in
 * shared/FACTS.md; the Karabakh movement is dated by the NKAO soviet's appeal of 20 Feb 1988.
 */
export const HISTORY_EVENTS: readonly TimelineEvent[] = [
  {
    date: '1923-07-07',
    caption: 'The Nagorno-Karabakh Autonomous Oblast (NKAO) is created inside Soviet Azerbaijan.',
    source: 'worldlibrary.org, “Nagorno-Karabakh Autonomous Oblast”',
    frame: 'nagorno-karabakh/nkao',
  },
  {
    date: '1988-02-20',
    caption: 'The Karabakh movement: the NKAO soviet asks to join Soviet Armenia; the conflict breaks out.',
    source: 'Wikipedia, “Karabakh movement” (the regional soviet’s appeal, 20 Feb 1988)',
    frame: 'nagorno-karabakh/nkao',
  },
  {
    date: '1991-11-26',
    caption: 'Azerbaijan abolishes the NKAO; its outline is drawn dashed from here on.',
    source: 'worldlibrary.org, “Nagorno-Karabakh Autonomous Oblast”',
    frame: 'nagorno-karabakh/nkao',
  },
  {
    date: '1992-04-27',
    caption: 'Armenian forces take Barkhudarly, an Azerbaijani exclave; by the end of 1992 each side holds exclaves of the other (Artsvashen, Aug 1992).',
    source: 'shared/FACTS.md, “After 2020”, Exclaves (EVN Report; de.wikipedia)',
    frame: 'exclaves/barkhudarly',
  },
  {
    date: '1994-05-12',
    caption: 'Ceasefire: Armenian forces hold the NKAO and seven districts around it.',
    source: 'Bishkek Protocol (dated 5 May 1994, in force 12 May 1994)',
    frame: 'held-1994/held-1994',
  },
  {
    date: '2016-04-01',
    end: '2016-04-05',
    caption: 'The “four-day war” on the line of contact; Azerbaijan takes Lalatapa hill.',
    source: 'Press reports, 1–5 Apr 2016 (shared/FACTS.md)',
    frame: 'held-1994/line-of-contact',
  },
  {
    date: '2020-09-27',
    caption: 'The 2020 war begins along the whole line of contact.',
    source: 'Press reports, 27 Sep 2020',
    frame: 'held-1994/held-1994',
  },
  {
    date: '2020-11-08',
    caption: 'Azerbaijan takes Shusha.',
    source: 'Azerbaijan’s announcement, 8 Nov 2020',
    frame: 'regained-2020/shusha',
  },
  {
    date: '2020-11-10',
    caption: 'The war ends: Russian peacekeepers deploy along the line and the Lachin corridor.',
    source: 'Trilateral statement of 10 Nov 2020 (in force 00:00 Moscow time)',
    frame: 'peacekeeping-2020/peacekeeping-zone',
  },
  {
    date: '2020-11-20',
    caption: 'Aghdam district handed over to Azerbaijan.',
    source: 'Trilateral statement of 10 Nov 2020, art. 6',
    frame: 'regained-2020/aghdam',
  },
  {
    date: '2020-11-25',
    caption: 'Kalbajar district handed over (postponed from 15 Nov).',
    source: 'Trilateral statement of 10 Nov 2020, art. 6',
    frame: 'regained-2020/kalbajar',
  },
  {
    date: '2020-12-01',
    caption: 'Lachin district handed over, except the corridor.',
    source: 'Trilateral statement of 10 Nov 2020, art. 6',
    frame: 'regained-2020/lachin',
  },
  {
    date: '2021-05-12',
    caption:
      'Azerbaijan’s troops cross into Armenia at Sev Lich, 3.5 km deep, Armenia’s prime minister says; Azerbaijan says its border guards moved up to the border on its maps.',
    source: 'Pashinyan via TASS, 13 May 2021; Azerbaijan’s foreign ministry via Caucasian Knot, 14 May 2021',
    frame: 'inside-armenia/sev-lich-2021',
  },
  {
    date: '2022-08-26',
    caption: 'Lachin town, Zabukh and Sus handed over; the corridor moves to a bypass road.',
    source: 'Azerbaijan’s announcement, 26 Aug 2022',
    frame: 'regained-2020/lachin-2022',
  },
  {
    date: '2022-09-12',
    end: '2022-09-14',
    caption: 'Clashes on the Armenia–Azerbaijan border; towns in Armenia are shelled.',
    source: 'Armenian Ministry of Defence (mil.am) and press, 12–14 Sep 2022',
    frame: 'clashes-2022',
  },
  {
    date: '2022-09-16',
    caption:
      'Armenia’s army chief says Azerbaijan’s forces advanced 7.5 km toward Jermuk on an 8.5 km front; Azerbaijan calls its action a reply to an Armenian provocation.',
    source: 'Asryan via Armradio, 16 Sep 2022; Azerbaijan’s defence ministry via Trend, 13 Sep 2022',
    frame: 'inside-armenia/jermuk-2022',
  },
  {
    date: '2022-12-12',
    caption: 'The Lachin corridor is blockaded.',
    source: 'Press reports, 12 Dec 2022',
    frame: 'peacekeeping-2020/lachin-corridor-2022',
  },
  {
    date: '2023-04-23',
    caption: 'Azerbaijan sets up a checkpoint at the Hakari bridge on the corridor.',
    source: 'Azerbaijan’s announcement, 23 Apr 2023',
    frame: 'peacekeeping-2020/lachin-corridor-2022',
  },
  {
    date: '2023-09-19',
    end: '2023-09-20',
    caption:
      'Azerbaijan’s offensive takes the rest of the former peacekeeping zone; from 13:00 on 20 Sep a ceasefire, and the Karabakh Armenian forces agree to disarm.',
    source: 'Press reports, 19–20 Sep 2023 (shared/FACTS.md)',
    frame: 'offensive-2023/taken-2023',
  },
  {
    date: '2023-09-28',
    caption: 'The NKR’s president signs a decree dissolving its institutions by 1 Jan 2024.',
    source: 'Reuters, 28 Sep 2023',
    frame: 'offensive-2023/taken-2023',
  },
  {
    date: '2023-09-30',
    caption: 'Armenia’s government counts 100,417 people arrived from Nagorno-Karabakh (UNHCR: 115,183 by 1 Feb 2024).',
    source: 'Armenian government, reported by DW, 30 Sep 2023; UNHCR factsheet, 1 Feb 2024',
    frame: 'offensive-2023/exodus-2023',
  },
  {
    date: '2024-01-01',
    caption: 'The self-declared Nagorno-Karabakh Republic is dissolved.',
    source: 'Decree of 28 Sep 2023, effective 1 Jan 2024 (Reuters, 28 Sep 2023)',
    frame: 'offensive-2023/taken-2023',
  },
  {
    date: '2024-05-24',
    caption:
      'Azerbaijan’s border guards take over four Gazakh villages returned under the first delimited section of the border, 12.7 km, by Azerbaijan’s account; Armenia’s security service gives its sections as 1.9, 4.9 and 5.8 km.',
    source: 'Mustafayev’s office via News.az and SIA, 24 May 2024; Armenia’s NSS via ptnavigat.com; TASS and Trend, 24 May 2024',
    frame: 'peace-2024/delimited-2024',
  },
  {
    date: '2024-06-12',
    caption: 'The last Russian peacekeepers leave.',
    source: 'Withdrawal completed 12 Jun 2024 (shared/FACTS.md)',
    frame: 'nagorno-karabakh/nkao',
  },
  {
    date: '2025-08-08',
    caption:
      'At the White House, Pashinyan and Aliyev sign a joint declaration and the peace treaty is initialled; Armenia is to work with the US on a transit route across Syunik, the planned TRIPP.',
    source: 'RFE/RL, 8 Aug 2025; APRI, 14 Aug 2025',
    frame: 'peace-2024/tripp-route',
  },
  {
    date: '2026-01-13',
    caption: 'Armenia and the United States publish the TRIPP Implementation Framework; construction is planned from the second half of 2026.',
    source: 'Mediamax, 15 Jan 2026; Kazinform, 13 Nov 2025',
    frame: 'peace-2024/tripp-route',
  },
];
