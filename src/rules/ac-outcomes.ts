import type { Block, BodyDocument } from '#src/markdown/body-document.ts';
import { normalizeKey } from './ac-normalize.ts';
import { list } from './word-list.ts';

// Words that make an item a state someone can observe: "The export *is* UTF-8", "Users *can* …", "… *shows* …".
const OUTCOME =
  /(?<![\p{L}\p{N}])(?:should|must|can(?:not)?|can't|will|won't|is|are|isn't|aren't|was|were|has|have|shows?|displays?|returns?|appears?|sees?|receives?|gets?|works?|loads?|opens?|contains?|includes?|stays?|remains?|keeps?|no longer|does not|doesn't|fails?|succeeds?|redirects?|sends?|saves?|lists?|matches|passes|pass|exists?|debe|deben|puede|pueden|muestra|aparece|es|son|está|están|deve|devem|pode|podem|mostra|exibe|é|são|doit|doivent|peut|peuvent|affiche|apparaît|est|sont|muss|müssen|kann|können|wird|werden|ist|sind|zeigt|erscheint|può|possono|sono|appare|musi|może|mogą|jest|są|wyświetla|pokazuje|moet|moeten|kan|kunnen|toont|verschijnt|zijn|wordt|должен|должна|должно|должны|может|могут|отображается|показывает|есть|является)(?![\p{L}\p{N}])|[可能应会显示]|できる|される|表示|されている|할 수|된다|있다|표시/iu;
// Items that start with a task verb are work to do, not an outcome: "Add the endpoint", "Write tests".
const TASK_VERBS: ReadonlySet<string> = new Set(
  list(`
    add | create | update | write | implement | fix | refactor | remove | delete | set | setup | configure | install
    investigate | research | review | deploy | move | rename | migrate | document | design | build | make | bump
    upgrade | prepare | draft | discuss | talk | ask | schedule | merge | release | clean | cleanup | split | extract
    crear | añadir | agregar | actualizar | implementar | corregir | eliminar | criar | adicionar | atualizar | corrigir
    remover | créer | ajouter | implémenter | corriger | supprimer | erstellen | hinzufügen | aktualisieren
    implementieren | beheben | entfernen | creare | aggiungere | aggiornare | implementare | correggere | rimuovere
    utworzyć | dodać | zaktualizować | zaimplementować | naprawić | usunąć | maken | toevoegen | bijwerken
    implementeren | verwijderen | создать | добавить | обновить | реализовать | исправить | удалить | сделать
  `),
);
// "I have read the guide", "This is not a duplicate": the reporter's confirmations about themselves or the report.
const FIRST_PERSON = /^(?:i|i'm|i've|i am|we|we've|my|our|this (?:is not|isn't) a duplicate|this issue)\b/i;
// Headings under which a checklist is a plan of work, not criteria.
const TASK_TITLES: ReadonlySet<string> = new Set(
  list(`
    tasks | task | to do | todo | todos | subtasks | sub tasks | implementation | implementation plan | steps | plan
    technical tasks | work items | checklist for the author | how to configure this issue | steps to reproduce
    prerequisites | code of conduct | is there an existing issue for this | before submitting | contributing
    sprint ready checklist | ready checklist | definition of ready | dor | before you submit | checklist before submitting
    tareas | tarefas | tâches | aufgaben | attività | zadania | taken | задачи | 任务 | タスク | 작업 | 할 일
  `).map(normalizeKey),
);

/** True for a checklist item that states an observable outcome rather than a piece of work. */
export const isOutcome = (text: string): boolean => {
  if (text.length < 8 || text.length > 300) return false;
  const first = text.split(/\s/, 1)[0]?.toLowerCase() ?? '';
  if (TASK_VERBS.has(first) || FIRST_PERSON.test(text)) return false;
  return OUTCOME.test(text);
};

/** A checklist with no criteria heading whose items read as outcomes: how many, and the first one. */
export type OutcomeChecklist = { readonly items: number; readonly first: string };

/**
 * Finds a checklist ("- [ ] …") outside any criteria heading where at least two items, and at least
 * half of them, state observable outcomes ("The export is UTF-8", "Users can undo"); a plan of work
 * ("Add endpoint", "Write tests") or a list under "Tasks" / "Steps" is not criteria.
 */
export const findOutcomeChecklist = (
  doc: BodyDocument,
  isHeading: (title: string) => boolean,
  isPlaceholder: (text: string) => boolean,
): OutcomeChecklist | undefined => {
  const inPreamble = judge(doc.preamble, isPlaceholder);
  if (inPreamble) return inPreamble;
  for (const section of doc.sections) {
    // A criteria section was judged as such already; its template leftovers must not count here.
    if (TASK_TITLES.has(normalizeKey(section.title)) || isHeading(section.title)) continue;
    const found = judge(section.blocks, isPlaceholder);
    if (found) return found;
  }
  return undefined;
};

const judge = (blocks: readonly Block[], isPlaceholder: (text: string) => boolean): OutcomeChecklist | undefined => {
  let tasks = 0;
  let outcomes = 0;
  let first: string | undefined;
  for (const block of blocks) {
    if (block.kind !== 'task') continue;
    tasks++;
    if (isOutcome(block.text) && !isPlaceholder(block.text)) {
      outcomes++;
      first ??= block.text;
    }
  }
  return first !== undefined && outcomes >= 2 && outcomes * 2 >= tasks ? { items: outcomes, first } : undefined;
};
