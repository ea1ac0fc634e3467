import { defineText } from '../../i18n/use-text';

/** Labels of the badge that sets a cell of the notes beside the app's own output. */
export const notesText = defineText({
  ko: {
    cellName: '노트의 셀 In [{cell}]',
    match: '노트와 일치',
    bug: '노트의 버그 → 올바른 값',
    printed: '노트의 출력',
    ours: '이 앱의 출력',
    correct: '올바른 값',
    numpyTitle: 'NumPy로 쓰면(노트의 셀과 맞춰 보기)',
    numpyOutput: '출력',
    typescriptTitle: '이 위젯이 실제로 실행하는 TypeScript',
  },
  en: {
    cellName: 'Notes cell In [{cell}]',
    match: 'matches the notes',
    bug: 'the notes’ bug → the right value',
    printed: 'printed in the notes',
    ours: 'this app prints',
    correct: 'the right value',
    numpyTitle: 'The same in NumPy (to map onto the notes’ cell)',
    numpyOutput: 'Output',
    typescriptTitle: 'The TypeScript this widget really runs',
  },
});
