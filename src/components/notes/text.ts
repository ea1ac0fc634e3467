import { defineText } from '../../i18n/use-text';

/** Labels of the badge that sets a cell of the notes beside the app's own output. */
export const notesText = defineText({
  ko: {
    cellName: '노트의 셀 In [{cell}]',
    match: '노트와 일치',
    bug: '노트의 버그 → 올바른 값',
    differs: '노트와 다름',
    printed: '노트의 출력',
    ours: '같은 입력으로 계산한 이 앱의 출력',
    correct: '올바른 값',
  },
  en: {
    cellName: 'Notes cell In [{cell}]',
    match: 'matches the notes',
    bug: 'the notes’ bug → the right value',
    differs: 'differs from the notes',
    printed: 'printed in the notes',
    ours: 'this app prints (for the notes’ inputs)',
    correct: 'the right value',
  },
});
