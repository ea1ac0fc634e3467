import { defineText } from '../../i18n/use-text';

/** The page's explanations; widget labels and messages live in text-widgets.ts. */
export const text = defineText({
  ko: {
    descentTitle: '기울기 반대 방향으로 내려가기',
    descentIntro: '기울기는 오르막 방향을 가리키므로, 그 반대 방향으로 조금씩 움직이기를 되풀이하면 함수의 낮은 곳에 다가갈 수 있습니다. 한 걸음의 크기는 학습률 η와 기울기의 곱 η·∂f/∂xᵢ입니다. 노트의 수식은 학습률을 α로, 코드는 lr로 씁니다.',
    movedNotice: '이 링크에는 수치 미분 설정({keys})도 들어 있습니다. 그 내용은 이제 앞 단원 ‘수치 미분’에 있습니다.',
    movedLink: '그 설정으로 ‘수치 미분’ 열기',
    descentLr: '학습률이 너무 작으면 거의 움직이지 못하고, 너무 크면 최솟값을 지나쳐 진동하거나 튕겨 나갑니다. 노트의 세 실험을 버튼으로 다시 돌려 보고, 시작점을 끌어 옮기거나 화살표 키로 움직여 보세요.',
    compareTitle: '학습률 비교',
    compareIntro: '수업에서 여러 학습률을 한 화면에 겹쳐 보여 줄 수 있습니다. 각 학습률의 경로를 등고선 위에, 걸음마다의 함숫값을 한 그래프에 그립니다. 이 페이지의 주소를 보내면 같은 설정이 그대로 열립니다.',
    freezeTitle: 'lr = 10은 왜 1e13 근처에서 멈출까?',
    freezeIntro: '정확한 기울기 2x를 쓰면 lr = 10에서는 한 걸음마다 x ← x − 20x = −19x 이므로 끝없이 커져야 합니다. 그런데 노트의 결과는 약 −2.6e13에서 멈춰 있습니다. 이것은 미적분이 아니라 부동소수점의 문제입니다.',
    freezeWhy: '|x|가 약 1e12를 넘으면 인접한 float64 사이의 간격이 h = 1e−4의 두 배보다 커져서 x + h가 다시 x로 반올림됩니다. 그러면 f(x + h) = f(x − h)이고 수치 기울기는 정확히 0, 갱신 x ← x − lr·0 은 아무것도 바꾸지 못합니다.',
    notesComment: '노트의 코드 주석에는 lr = 10의 결과가 [-2.58983747e+13 3.45244996e+13], lr = 1e−10의 결과가 [-2.99999999 3.99999999]로 적혀 있지만, 같은 셀의 실제 출력은 [-2.58983747e+13 -1.29524862e+12]와 [-2.99999994 3.99999992]입니다. 이 페이지는 실제 출력을 재현합니다. lr = 1e−10이면 100걸음 뒤 x = −3·(1 − 2·10⁻¹⁰)¹⁰⁰ ≈ −2.99999994이므로 출력 쪽이 맞습니다.',
  },
  en: {
    descentTitle: 'Walking down against the gradient',
    descentIntro: 'The gradient points uphill, so stepping against it, a little at a time, again and again, walks down to a low point of the function. Each step is the learning rate η times the gradient, η·∂f/∂xᵢ. The notes’ formula calls the learning rate α, their code lr.',
    movedNotice: 'This link also carries numerical-differentiation settings ({keys}). That material is now in the previous lesson, “Numerical differentiation”.',
    movedLink: 'Open “Numerical differentiation” with those settings',
    descentLr: 'Too small a learning rate barely moves; too large a one overshoots the minimum and oscillates or flies off. Rerun the notes’ three experiments with the buttons, and drag the start point or move it with the arrow keys.',
    compareTitle: 'Comparing learning rates',
    compareIntro: 'For class, several learning rates can be overlaid: each path on the contour plot, and the function value at every step on one chart. Send this page’s address and the same settings open again.',
    freezeTitle: 'Why does lr = 10 stop near 1e13?',
    freezeIntro: 'With the exact gradient 2x, lr = 10 makes every step x ← x − 20x = −19x, so x should grow for ever. Yet the notes’ result is stuck at about −2.6e13. This is a lesson in floating point, not in calculus.',
    freezeWhy: 'Once |x| passes about 1e12, neighbouring float64 values are more than 2h = 2e−4 apart, so x + h rounds back to x. Then f(x + h) = f(x − h), the numerical gradient is exactly 0, and the update x ← x − lr·0 changes nothing.',
    notesComment: 'The comments in the notes’ code say lr = 10 gives [-2.58983747e+13 3.45244996e+13] and lr = 1e−10 gives [-2.99999999 3.99999999], but the printed outputs of those same cells are [-2.58983747e+13 -1.29524862e+12] and [-2.99999994 3.99999992]. This page reproduces the printed outputs. With lr = 1e−10, after 100 steps x = −3·(1 − 2·10⁻¹⁰)¹⁰⁰ ≈ −2.99999994, so the output is the right one.',
  },
});
