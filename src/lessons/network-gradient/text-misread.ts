import { defineText } from '../../i18n/use-text';

/** The misread descent: gradient descent on the notes' loss with the one-hot t read as indices. */
export const misreadText = defineText({
  ko: {
    title: '노트의 손실로 내려가면',
    body: '노트의 손실 −(2·log y₀ + log y₁)을 그대로 경사 하강법으로 줄이면 어떻게 될까요? 이 손실의 점수 기울기는 ∂L/∂a = 3y − (2, 1, 0)이라서, 내려갈수록 y는 (2/3, 1/3, 0)으로 끌려갑니다. 틀린 클래스 0의 확률은 오르고, 정답 클래스 2의 확률은 0으로 떨어집니다. 올바른 기울기 y − t는 y를 (0, 0, 1)로 끕니다. 노트의 W에서 η = 0.1로 시작합니다.',
    run: '노트의 손실로 50단계 내려가기',
    reset: '노트의 W에서 다시 시작',
    correctGradient: '올바른 ∂L/∂a = y − t',
    misreadGradient: '노트의 손실의 ∂L/∂a = 3y − (2, 1, 0)',
    atStep: '{n}단계의 기울기',
    summary: '{n}단계: 틀린 클래스 0의 확률 y₀ {from0} → {to0}, 정답 클래스 2의 확률 y₂ {from2} → {to2}. 경사 하강법이 겨냥한 노트의 손실은 줄었지만({fromNotes} → {toNotes}), 올바른 손실 −log y₂는 커졌습니다({fromLoss} → {toLoss}).',
    correctLoss: '올바른 손실 −log y₂',
    notesLoss: '노트의 손실',
    notYet: '아직 내려간 단계가 없습니다. 버튼을 누르면 y₀이 오르고 y₂가 떨어지는 것을 볼 수 있습니다.',
  },
  en: {
    title: "Descending the notes' loss",
    body: "What happens if gradient descent minimises the notes' loss −(2·log y₀ + log y₁) as written? Its score gradient is ∂L/∂a = 3y − (2, 1, 0), so every step pulls y toward (2/3, 1/3, 0): the wrong class 0 gains probability and the true class 2 sinks toward 0. The correct gradient y − t pulls y toward (0, 0, 1). The run starts from the notes' W with η = 0.1.",
    run: "Descend 50 steps on the notes' loss",
    reset: "Start again from the notes' W",
    correctGradient: 'Correct ∂L/∂a = y − t',
    misreadGradient: "The notes' loss: ∂L/∂a = 3y − (2, 1, 0)",
    atStep: 'Gradients at step {n}',
    summary: "Step {n}: the wrong class 0 went from y₀ = {from0} to {to0}, the true class 2 from y₂ = {from2} to {to2}. The notes' loss, the one being descended, fell from {fromNotes} to {toNotes}, while the correct loss −log y₂ grew from {fromLoss} to {toLoss}.",
    correctLoss: 'Correct loss −log y₂',
    notesLoss: "The notes' loss",
    notYet: 'No steps yet. Press the button and watch y₀ rise while y₂ falls.',
  },
});
