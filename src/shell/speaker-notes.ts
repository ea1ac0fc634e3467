import { defineText } from '../i18n/use-text';
import type { LessonSlug } from '../state/lesson-slugs';

/** The three parts of a lesson's note, in the order a presenter uses them. */
export const NOTE_PARTS = ['show', 'ask', 'myth'] as const;
export type NotePart = (typeof NOTE_PARTS)[number];

/**
 * A few lines per lesson for whoever presents it, keyed `<slug>.<part>`: what to show, what to ask
 * the room, and the misconception to expect.
 */
export const speakerNotes = defineText({
  ko: {
    'intro.show': '네 단계 고리(미니배치 → 기울기 → 갱신 → 반복)를 한 칸씩 눌러 보세요.',
    'intro.ask': '“학습이 끝났다는 건 무엇으로 알까요?”',
    'intro.myth': '가중치를 사람이 정한다고 생각합니다. 손실을 줄이는 방향으로 데이터가 정합니다.',
    'mse.show': '정답이 아닌 칸의 예측을 올리면 MSE가 어떻게 변하는지 보여 주고, 노트의 0.0195를 재현하세요.',
    'mse.ask': '“왜 오차를 제곱할까요?” 이어서 “자신 있게 틀린 예측이면 MSE는 얼마나 커질까요?”',
    'mse.myth': 'MSE는 정답 클래스만 본다고 생각합니다. 모든 칸의 오차를 더하고, 확률 예측이면 0.2를 넘지 못합니다.',
    'cee.show': '정답 확률을 0에 가깝게 끌어 −log 곡선이 치솟는 것을 보여 주세요. 이어서 δ를 끄면 NumPy 줄이 nan이 됩니다. 예측이 0인 칸에서 0 × (−inf)가 나오기 때문이며, 정답 확률이 0.6이어도 마찬가지입니다.',
    'cee.ask': '“정답 확률이 0.6일 때와 0.1일 때 손실은 몇 배 차이 날까요?” (0.51과 2.30, 약 4.5배)',
    'cee.myth': '교차 엔트로피가 오답 칸도 직접 벌한다고 생각합니다. 원-핫 정답이면 정답 칸의 항만 남습니다.',
    'minibatch.show': '같은 시드로 다시 뽑으면 같은 배치가 나오고, 복원 추출이라 같은 번호가 두 번 나올 수 있음을 보여 주세요.',
    'minibatch.ask': '“6만 장을 다 쓰지 않고 100장만 보는데 왜 괜찮을까요?”',
    'minibatch.myth': '원-핫 정답과 레이블 정답이 다른 손실을 준다고 생각합니다. 같은 값입니다.',
    'numerical-diff.show': 'h를 줄이면 오차가 줄다가, 1e−5~1e−6(중심 차분에 가장 좋은 h) 아래에서는 반올림 때문에 다시 커지는 V자를 보여 주세요.',
    'numerical-diff.ask': '“중심 차분이 전방 차분보다 왜 정확할까요?”',
    'numerical-diff.myth': 'h는 작을수록 좋다고 생각합니다. 부동소수점에서는 그렇지 않습니다.',
    'gradient-descent.show': '노트의 세 실험(학습률 0.1, 10, 1e−10)을 나란히 보여 주세요. lr = 10은 발산하다가 x + h가 x로 반올림되면서 멈춥니다.',
    'gradient-descent.ask': '“학습률을 키우면 항상 더 빨리 도착할까요?”',
    'gradient-descent.myth': 'lr = 10이 멈춘 건 수렴했기 때문이라고 생각합니다. 부동소수점 때문에 멈춘 것입니다.',
    'network-gradient.show': 'W의 한 칸을 바꾸면 점수, 소프트맥스, 손실이 차례로 바뀌고, ∂L/∂W의 부호가 갱신 방향을 알려 준다는 것을 보여 주세요.',
    'network-gradient.ask': '“기울기가 양수인 가중치는 키워야 할까요, 줄여야 할까요?”',
    'network-gradient.myth': 'predict의 출력이 확률이라고 생각합니다. 소프트맥스 전의 점수(로짓)입니다.',
    'training.show': '노트의 1000회 학습을 증분 수치 미분으로 실제로 돌리고, 세 가지 기울기 방법의 속도를 비교하세요. 실행 기록에서 학습률이 다른 실행 두세 개를 골라 곡선을 겹쳐 보여 주세요.',
    'training.ask': '“시험 정확도가 훈련 정확도보다 높을 때도 있는 건 왜일까요?”',
    'training.myth': '손실 곡선이 울퉁불퉁하면 잘못된 것이라고 생각합니다. 미니배치로 학습하면 원래 그렇습니다.',
    'draw.show': '학생 한 명에게 숫자를 그리게 하고, 신경망이 실제로 보는 28×28 입력을 함께 보세요.',
    'draw.ask': '“잘못 읽은 숫자는 MNIST와 무엇이 달랐을까요?”',
    'draw.myth': '신경망이 모양을 이해한다고 생각합니다. 훈련 데이터와 비슷한 픽셀 패턴에만 강합니다.',
  },
  en: {
    'intro.show': 'Step through the four-part loop (mini-batch → gradient → update → repeat), one box at a time.',
    'intro.ask': '“How would we know the learning is done?”',
    'intro.myth': 'People set the weights. The data does, by lowering the loss.',
    'mse.show': 'Raise a wrong class’s prediction and watch the MSE; reproduce the notes’ 0.0195.',
    'mse.ask': '“Why square the errors?” Then: “How large can the MSE get for a confidently wrong prediction?”',
    'mse.myth': 'MSE looks only at the true class. It adds up every entry’s error, and for probabilities it never passes 0.2.',
    'cee.show': 'Drag the true class’s probability towards 0 and watch −log shoot up. Then switch δ off: the NumPy line turns nan, because the zero entries give 0 × (−inf), even with the true class at 0.6.',
    'cee.ask': '“How much bigger is the loss at 0.1 than at 0.6?” (2.30 against 0.51, about 4.5 times)',
    'cee.myth': 'Cross-entropy punishes the wrong classes directly. With a one-hot target only the true class’s term remains.',
    'minibatch.show': 'The same seed draws the same batch; sampling with replacement can repeat an index.',
    'minibatch.ask': '“Why is looking at 100 of 60,000 images enough?”',
    'minibatch.myth': 'One-hot and label targets give different losses. They give the same value.',
    'numerical-diff.show': 'Shrinking h lowers the error down to about 1e−5 to 1e−6 (the central difference’s best h); below that, rounding makes it grow again (the V).',
    'numerical-diff.ask': '“Why is the central difference more accurate than the forward one?”',
    'numerical-diff.myth': 'The smaller h, the better. Not in floating point.',
    'gradient-descent.show': 'The notes’ three runs side by side (learning rates 0.1, 10, 1e−10). At lr = 10 the run blows up, then freezes once x + h rounds back to x.',
    'gradient-descent.ask': '“Does a larger learning rate always arrive sooner?”',
    'gradient-descent.myth': 'The lr = 10 run stopped because it converged. Floating point stopped it.',
    'network-gradient.show': 'Change one entry of W and follow the scores, softmax and loss; the sign of ∂L/∂W says which way to move it.',
    'network-gradient.ask': '“Should a weight with a positive gradient grow or shrink?”',
    'network-gradient.myth': 'predict returns probabilities. It returns scores (logits), before the softmax.',
    'training.show': 'Run the notes’ 1000 iterations for real with incremental numerical gradients, and compare the speed of the three gradient methods. In the run history, tick two or three runs with different learning rates to overlay their curves.',
    'training.ask': '“Why can the test accuracy sit above the training accuracy?”',
    'training.myth': 'A jagged loss curve means a bug. Mini-batches make it jagged.',
    'draw.show': 'Have a student draw a digit, and look together at the 28×28 input the network really sees.',
    'draw.ask': '“What was different from MNIST about the digit it misread?”',
    'draw.myth': 'The network understands shapes. It is good at pixel patterns like those of its training data.',
  },
});

/** A lesson's note, part by part, or null for a page without one. */
export function noteOf(notes: Record<string, string>, slug: LessonSlug): Record<NotePart, string> | null {
  const parts = NOTE_PARTS.map((part) => [part, notes[`${slug}.${part}`]] as const);
  if (parts.some(([, text]) => !text)) return null;
  return Object.fromEntries(parts) as Record<NotePart, string>;
}
