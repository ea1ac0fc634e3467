import { defineText } from '../i18n/use-text';

/**
 * A few lines per lesson for whoever presents it: what to show, what to ask the room, and the
 * misconception to expect. Keyed by lesson slug.
 */
export const speakerNotes = defineText({
  ko: {
    intro: '보여 줄 것: 네 단계 고리(미니배치 → 기울기 → 갱신 → 반복)를 한 칸씩 눌러 보세요. 물어볼 것: “학습이 끝났다는 건 무엇으로 알까요?” 흔한 오해: 가중치를 사람이 정한다고 생각합니다 — 손실을 줄이는 방향으로 데이터가 정합니다.',
    mse: '보여 줄 것: 정답이 아닌 칸의 예측을 올리면 MSE가 어떻게 변하는지, 노트의 0.0195를 재현하세요. 물어볼 것: “왜 오차를 제곱할까요?” 흔한 오해: MSE는 정답 클래스만 본다 — 모든 칸의 오차를 더합니다.',
    cee: '보여 줄 것: 정답 확률을 0에 가깝게 끌어 −log 곡선이 치솟는 것을, 그리고 δ가 없으면 무한대가 되는 것을. 물어볼 것: “정답 확률이 0.6일 때와 0.1일 때 손실은 몇 배 차이날까요?” 흔한 오해: 교차 엔트로피가 오답 칸도 직접 벌한다 — 원-핫이면 정답 칸만 남습니다.',
    minibatch: '보여 줄 것: 같은 시드로 다시 뽑으면 같은 배치, 복원 추출이라 같은 번호가 두 번 나올 수 있음. 물어볼 것: “6만 장을 다 쓰지 않고 100장만 보는데 왜 괜찮을까요?” 흔한 오해: 원-핫 정답과 레이블 정답이 다른 손실을 준다 — 같은 값입니다.',
    'numerical-diff': '보여 줄 것: h를 줄이면 오차가 줄다가 1e−5~1e−6(중심 차분의 최적값) 아래에서는 반올림 때문에 다시 커지는 V자. 물어볼 것: “중심 차분이 전방 차분보다 왜 정확할까요?” 흔한 오해: h는 작을수록 좋다 — 부동소수점에서는 아닙니다.',
    'gradient-descent': '보여 줄 것: 학습률 0.1, 10, 1e−10 세 실험을 나란히. lr = 10은 발산하다가 x + h가 x로 반올림되어 멈춥니다. 물어볼 것: “학습률을 키우면 항상 빨리 도착할까요?” 흔한 오해: lr = 10이 멈춘 건 수렴했기 때문이다 — 부동소수점 때문입니다.',
    'network-gradient': '보여 줄 것: W의 한 칸을 바꾸면 점수, 소프트맥스, 손실이 차례로 바뀌고 ∂L/∂W의 부호가 갱신 방향을 알려 줌. 물어볼 것: “기울기가 양수인 가중치는 키워야 할까요, 줄여야 할까요?” 흔한 오해: predict의 출력이 확률이다 — 소프트맥스 전의 점수입니다.',
    training: '보여 줄 것: 노트의 1000회 학습을 수치 미분으로 실제로 돌리고, 세 가지 기울기 방법의 속도 차이. 물어볼 것: “시험 정확도가 훈련 정확도보다 높을 때도 있는 건 왜일까요?” 흔한 오해: 손실 곡선이 울퉁불퉁하면 잘못된 것이다 — 미니배치라 원래 그렇습니다.',
    draw: '보여 줄 것: 학생 한 명에게 숫자를 그리게 하고, 신경망이 보는 28×28 입력을 함께 보세요. 물어볼 것: “잘못 읽은 숫자는 MNIST와 무엇이 달랐을까요?” 흔한 오해: 신경망이 모양을 이해한다 — 훈련 데이터와 비슷한 픽셀 분포에만 강합니다.',
  },
  en: {
    intro: 'Show: step through the four-part loop (mini-batch → gradient → update → repeat). Ask: “How would we know the learning is done?” Misconception: people set the weights — the data does, by lowering the loss.',
    mse: 'Show: raise a wrong class’s prediction and watch the MSE; reproduce the notes’ 0.0195. Ask: “Why square the errors?” Misconception: MSE looks only at the true class — it adds up every entry’s error.',
    cee: 'Show: drag the true class’s probability towards 0 and watch −log shoot up; without δ it becomes infinite. Ask: “How much bigger is the loss at 0.1 than at 0.6?” Misconception: cross-entropy punishes the wrong classes directly — with a one-hot target only the true class’s term remains.',
    minibatch: 'Show: the same seed draws the same batch; sampling with replacement can repeat an index. Ask: “Why is looking at 100 of 60,000 images enough?” Misconception: one-hot and label targets give different losses — they give the same value.',
    'numerical-diff': 'Show: shrinking h lowers the error down to about 1e−5 to 1e−6 (the central difference’s best h); below that rounding makes it grow again (the V). Ask: “Why is the central difference more accurate than the forward one?” Misconception: the smaller h the better — not in floating point.',
    'gradient-descent': 'Show: the notes’ three runs side by side (lr 0.1, 10, 1e−10). At lr = 10 the run blows up, then freezes when x + h rounds back to x. Ask: “Does a larger learning rate always arrive sooner?” Misconception: the lr = 10 run stopped because it converged — floating point stopped it.',
    'network-gradient': 'Show: change one entry of W and follow scores, softmax and loss; the sign of ∂L/∂W says which way to move it. Ask: “Should a weight with a positive gradient grow or shrink?” Misconception: predict returns probabilities — it returns scores, before the softmax.',
    training: 'Show: the notes’ 1000 iterations with numerical gradients, run for real, and the speed of the three gradient methods. Ask: “Why can the test accuracy sit above the training accuracy?” Misconception: a jagged loss curve means a bug — mini-batches make it jagged.',
    draw: 'Show: have a student draw a digit, and look at the 28×28 input the network really sees. Ask: “What was different from MNIST about the digit it misread?” Misconception: the network understands shapes — it is good at pixel patterns like its training data.',
  },
});
