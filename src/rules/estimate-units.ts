import { list } from './word-list.ts';
import type { NumberUnit } from './estimate-value.ts';

const entries = (unit: NumberUnit, words: readonly string[]) => words.map((word) => [word, unit] as const);

/**
 * Unit words after a number or in a key's aside ("Estimate (hours)"), lower-cased, in the languages
 * the estimate keys cover. "pt" is a point; an upper-case "PT" (German Personentag) is told apart by
 * `unitOf`, which sees the original case.
 */
export const UNIT_WORDS: ReadonlyMap<string, NumberUnit> = new Map<string, NumberUnit>([
  ...entries(
    'minutes',
    list(`
    min | mins | minute | minutes | minuto | minutos | minuti | minuten | минут | 分钟 | 분
  `),
  ),
  ...entries(
    'hours',
    list(`
    h | hr | hrs | hour | hours | hs | hora | horas | heure | heures | std | stunde | stunden | ora
    ore | godz | godzina | godziny | godzin | uur | uren | u | ч | час | часа | часов | 小时 | 个小时 | 小時
    时 | 時間 | じかん | 시간
  `),
  ),
  ...entries(
    'days',
    list(`
    d | day | days | pd | md | person day | person days | person-day | person-days | personday
    persondays | man day | man days | man-day | man-days | manday | mandays | effort day | effort days
    effort-day | effort-days | work day | work days | workday | workdays | working day | working days
    día | días | dia | dias | jornada | jornadas | j | jour | jours | jh | tag | tage | personentag
    personentage | giorno | giorni | gg | dzień | dni | dag | dagen | д | дн | день | дня | дней | 天
    人天 | 人日 | 日 | 工作日 | 일
  `),
  ),
  ...entries(
    'weeks',
    list(`
    w | wk | wks | week | weeks | semana | semanas | semaine | semaines | woche | wochen | settimana
    settimane | tydzień | tygodnie | tygodni | weken | нед | неделя | недели | недель | 周 | 週 | 週間 | 주
  `),
  ),
  ...entries(
    'months',
    list(`
    month | months | mes | meses | mois | monat | monate | mese | mesi | miesiąc | miesiące | maand
    maanden | месяц | месяца | месяцев | 个月 | 人月 | ヶ月 | か月 | 개월
  `),
  ),
  ...entries(
    'points',
    list(`
    p | pt | pts | point | points | sp | story point | story points | punto | puntos | ponto | pontos
    punkt | punkte | punti | punkty | punktów | punt | punten | очко | очка | очков | поинт | поинта
    поинтов | сп | 点 | 分 | ポイント | pt. | 포인트 | 점
  `),
  ),
]);

/**
 * The unit of a word after a number; `cased` is the word as written, so "4 PT" (Personentage) and
 * "3 MD" (man-days) read as days while "4 pt" is points, and "3D" is a dimension while "3d" is days.
 */
export const unitOf = (word: string, cased: string): NumberUnit | undefined => {
  if (cased === 'PT') return 'days';
  // "3D", "2D": dimensions (a 3D viewer), not days.
  if (cased === 'D') return undefined;
  const plain = word.endsWith('.') ? word.slice(0, -1) : word;
  return UNIT_WORDS.get(plain) ?? UNIT_WORDS.get(word);
};
