// Labels for the tests beside this file: distinct words, so a test can tell which one was rendered.
import type {CompareLabels, LegendLabels} from './labels'

export const labels: CompareLabels = {
  inserted: 'вставлено:',
  deleted: 'удалено:',
  added: 'Новый раздел',
  removed: 'Раздел удалён',
  moved: 'Перемещён',
  changed: 'Изменён',
  unchanged: 'Без изменений',
  missingInFrom: 'В прежней версии не было текста на этом языке',
  missingInTo: 'В этой версии нет текста на этом языке',
  preamble: 'Вступление',
}

export const legendLabels: LegendLabels = {
  title: 'Обозначения',
  insertedText: 'Добавленный текст',
  deletedText: 'Удалённый текст',
  added: labels.added,
  removed: labels.removed,
  moved: labels.moved,
  changed: labels.changed,
  unchangedHint: 'Разделы без изменений свёрнуты',
}
