import { defineText } from '../i18n/use-text';

/** Labels of the code view's two languages. */
export const codeText = defineText({
  ko: {
    languages: '코드의 언어',
    typescript: 'TypeScript · 이 위젯이 실행하는 코드',
    numpy: 'NumPy · 노트와 맞춰 보기',
    numpyNote: '같은 계산을 NumPy로 짧게 쓴 것입니다(이 앱이 쓴 코드이며, 노트의 코드가 아닙니다).',
    cell: '노트의 셀 In [{cell}]에 해당',
    output: '출력',
  },
  en: {
    languages: 'Language of the code',
    typescript: 'TypeScript · what this widget runs',
    numpy: 'NumPy · to compare with the notes',
    numpyNote: 'The same computation written briefly in NumPy (this app’s own code, not the notes’).',
    cell: 'Corresponds to the notes’ cell In [{cell}]',
    output: 'Output',
  },
});
