import { list } from './word-list.ts';
import { normalizeKey } from './ac-normalize.ts';
import { SCORE_WORDS } from './estimate-levels.ts';
import { type NumberUnit, unitWord } from './estimate-value.ts';

const keys = (unit: NumberUnit, words: readonly string[]) => words.map((word) => [normalizeKey(word), unit] as const);

// Keys people write before an estimate, normalised, with what a bare number after them means.
const KEYS: ReadonlyMap<string, NumberUnit> = new Map<string, NumberUnit>([
  ...keys(
    'points',
    list(`
    estimate | estimates | estimated | estimation | est | estimated effort | effort estimate | effort
    estimated complexity | story points | story point | story point estimate | story points estimate
    points | point | pts | sp | size | sizing | story size | t shirt size | tshirt size | t shirt
    tshirt | complexity | difficulty | estimated size | estimated points | estimated story points
    initial estimate | level of effort | loe | weight | effort level | complexity level | difficulty level
    estimación | estimacion | estimado | estimada | puntos | puntos de historia | story points estimados
    tamaño | talla | esfuerzo | esfuerzo estimado | complejidad | dificultad | estimativa | pontos
    pontos de história | tamanho | esforço | esforço estimado | complexidade | dificuldade | estimation
    estimé | estimée | points d effort | points de complexité | taille | charge | charge estimée
    complexité | difficulté | stima | stima punti | punti | punti storia | dimensione | sforzo
    sforzo stimato | complessità | difficoltà | schätzung | aufwand | aufwandsschätzung
    geschätzter aufwand | aufwand geschätzt | punkte | größe | komplexität | schwierigkeit
    schwierigkeitsgrad | schatting | inschatting | punten | omvang | grootte | complexiteit
    moeilijkheid | estymacja | szacunek | wycena | punkty | story pointy | rozmiar | złożoność
    trudność | pracochłonność | nakład pracy | оценка | оценка задачи | сторипоинты | стори поинты
    очки | размер | сложность | трудоемкость | трудозатраты | 估算 | 预估 | 估计 | 评估 | 故事点 | 点数 | 规模 | 复杂度
    难度 | 工作量 | 見積もり | 見積り | 見積 | 見積もりポイント | ストーリーポイント | ポイント | 規模 | 難易度 | 추정 | 견적 | 스토리 포인트 | 스토리포인트
    포인트 | 크기 | 난이도 | 작업량
  `),
  ),
  ...keys(
    'hours',
    list(`
    estimated time | time estimate | estimated hours | hours estimate | estimated duration | hours
    est time | time | duration | expected time | expected duration | time needed | time required
    time to complete | allocated time | estimate hours | estimated effort hours
    tiempo estimado | tiempo | duración | duracion | duración estimada | horas | horas estimadas
    tempo estimado | tempo | duração | duração estimada | horas estimadas | estimativa de tempo
    temps estimé | durée | durée estimée | heures | tempo stimato | durata | durata stimata | ore
    stima tempo | geschätzte zeit | zeitaufwand | dauer | geschätzte dauer | stunden | zeitschätzung
    geschatte tijd | tijdsinschatting | duur | uren | szacowany czas | czas | czas realizacji
    szacowany czas realizacji | godziny | оценка времени | время | время выполнения | часы
    ожидаемое время | 预计时间 | 预估时间 | 预计工时 | 预估工时 | 工时 | 估时 | 耗时 | 预计耗时 | 工数 | 予想工数 | 見積工数 | 見積もり工数
    見積り工数 | 予定工数 | 想定工数 | 所要時間 | 見積時間 | 予想時間 | 작업 시간 | 예상 시간 | 예상시간 | 소요 시간 | 소요시간 | 예상 소요 시간 | 공수
    예상 공수
  `),
  ),
  ...keys(
    'days',
    list(`
    estimated days | days estimate | days | person days | man days | effort days | días | dias | jours
    jours homme | tage | personentage | giorni | dni | dagen | дни | 人天 | 人日
  `),
  ),
  ...keys('weeks', ['estimated weeks', 'weeks']),
]);

/** What a key says: the unit of a bare number after it, and whether it names a score rather than an estimate. */
export type EstimateKeyInfo = { readonly unit: NumberUnit; readonly score: boolean };

const ASIDE = /^([^(（]{1,40})[(（]([^)）]{1,30})[)）]\s{0,3}$/;

/**
 * Tells whether a key ("Story points", "**Estimate**", "Estimate (hours)", "T-shirt size",
 * "Tempo estimado", "工数") names an estimate and, if so, what a bare number after it means. A
 * unit in parentheses wins: "Estimate (days): 3" is 24 hours. Keys longer than 50 characters are
 * never keys.
 */
export const estimateKey = (raw: string): NumberUnit | undefined => estimateKeyInfo(raw)?.unit;

/** estimateKey with whether the key names a complexity, difficulty or effort score ("Complexity", "Dificultad"). */
export const estimateKeyInfo = (raw: string): EstimateKeyInfo | undefined => {
  if (raw.length > 50) return undefined;
  const aside = ASIDE.exec(raw);
  const key = normalizeKey(aside ? (aside[1] as string) : raw);
  const unit = KEYS.get(key);
  if (unit === undefined) return undefined;
  const score = SCORE_WORDS.has(key) && key !== 'effort' && key !== 'aufwand';
  if (!aside) return { unit, score };
  const written = (aside[2] as string).trim();
  // "Aufwand (PT)": an upper-case PT is Personentage; normalising would read it as points.
  if (written === 'PT' || written === 'MD') return { unit: 'days', score };
  return { unit: unitWord(normalizeKey(written)) ?? unit, score };
};
