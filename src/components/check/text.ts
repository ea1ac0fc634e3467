import { defineText } from '../../i18n/use-text';

/** The words every check uses, whatever it asks. */
export const checkText = defineText({
  ko: {
    kicker: '먼저 예측해 보세요',
    commit: '답하기',
    pickFirst: '먼저 답을 하나 고르세요.',
    typeFirst: '숫자를 입력하세요. 예: 0.25, 1e-5, 79,520',
    yourAnswer: '내 답',
    right: '맞았습니다.',
    rightExact: '맞았습니다. 정확한 값은 {exact}입니다.',
    wrong: '아닙니다. 정답은 {answer}입니다.',
    wrongChoice: '아닙니다. 정답은 ‘{answer}’입니다.',
    correctMark: '정답',
    chosenMark: '내 답',
    showMe: '보여 주세요: {what}',
    again: '다시 풀기',
    saved: '답은 이 기기의 진도 기록에 저장됩니다.',
  },
  en: {
    kicker: 'Predict first',
    commit: 'Answer',
    pickFirst: 'Pick an answer first.',
    typeFirst: 'Type a number, e.g. 0.25, 1e-5, 79,520',
    yourAnswer: 'Your answer',
    right: 'Right.',
    rightExact: 'Right. The exact value is {exact}.',
    wrong: 'Not quite. The answer is {answer}.',
    wrongChoice: 'Not quite. The right answer is “{answer}”.',
    correctMark: 'answer',
    chosenMark: 'your answer',
    showMe: 'Show me: {what}',
    again: 'Try again',
    saved: 'Your answer is kept with your progress on this device.',
  },
});
