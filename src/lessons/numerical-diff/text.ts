import { defineText } from '../../i18n/use-text';

/** The page's explanations; widget labels and messages live in text-widgets.ts. */
export const text = defineText({
  ko: {
    diffTitle: '미분을 수치로 어림하기',
    diffIntro: '미분은 x를 아주 조금 움직였을 때 f(x)가 얼마나 따라 변하는지를 나타내는 비율입니다. 컴퓨터는 극한을 직접 계산할 수 없으므로, 작은 간격 h를 정해 두고 두 점의 함숫값 차이로 기울기를 어림합니다. 이렇게 구한 미분을 수치 미분이라고 합니다.',
    diffForms: 'x와 x + h 두 점을 쓰면 전방 차분, x를 가운데 두고 x − h와 x + h를 쓰면 중심 차분입니다. 전방 차분의 오차는 h에 비례하고 중심 차분의 오차는 h²에 비례하므로, 같은 h라면 중심 차분이 훨씬 정확합니다. 노트의 numerical_gradient도 중심 차분을 씁니다.',
    diffH: 'h를 한없이 줄인다고 더 정확해지지는 않습니다. float64의 유효숫자는 16자리 정도라서 h가 너무 작으면 f(x + h)와 f(x − h)의 차이가 반올림 오차에 묻힙니다. 아래 슬라이더를 1e−50까지 내려 보세요.',
    sweepTitle: 'h는 얼마가 좋을까',
    sweepIntro: '같은 점에서 h만 바꿔 가며 두 근사의 오차를 로그 눈금 그래프에 그렸습니다. 오른쪽(큰 h)에서는 절단 오차가, 왼쪽(작은 h)에서는 반올림 오차가 커지므로 그 사이에 오차가 가장 작은 h가 있습니다.',
    sweepOptimum: '중심 차분에서 그 h는 대략 ε^(1/3), 곧 1e−5에서 1e−6 사이입니다(ε ≈ 2.2e−16은 float64의 기계 엡실론). 노트가 쓰는 h = 1e−4는 최적값이 아니라, 함수가 달라져도 크게 빗나가지 않는 무난한 어림값입니다.',
    sweepQuadratic: '함수를 x²로 바꾸면 모양이 달라집니다. 2차 함수는 3계 도함수가 0이라 중심 차분에 절단 오차가 없고, 남는 반올림 오차는 h가 클수록 작아집니다. 그래서 그래프가 한쪽으로만 내려갑니다.',
    gradTitle: '편미분과 기울기',
    gradIntro: '변수가 둘 이상이면 나머지 변수를 고정해 두고 한 변수에 대해서만 미분합니다. 이것이 편미분입니다. 모든 변수의 편미분을 모아 벡터로 만든 것을 기울기라고 합니다. 노트의 함수 f(x₀, x₁) = x₀² + x₁²의 기울기는 (2x₀, 2x₁)입니다.',
    gradField: '기울기 ∇f는 함숫값이 가장 빨리 커지는 오르막 방향을 가리킵니다. 아래 화살표는 그 반대인 −∇f를 각 점에서 수치 미분으로 구해 그린 것으로, 함숫값이 가장 빨리 줄어드는 방향입니다. 모든 화살표가 최솟값 (0, 0)을 향하고, 멀리 있을수록 깁니다.',
  },
  en: {
    diffTitle: 'Estimating a derivative with numbers',
    diffIntro: 'A derivative is the rate at which f(x) changes when x moves a tiny bit. A computer cannot take the limit itself, so it fixes a small step h and estimates the slope from the difference of two function values. A derivative found this way is a numerical derivative.',
    diffForms: 'Using x and x + h gives the forward difference; putting x in the middle and using x − h and x + h gives the central difference. The forward error is proportional to h and the central error to h², so for the same h the central difference is far more accurate. The notes’ numerical_gradient uses the central difference too.',
    diffH: 'Shrinking h for ever does not make the estimate better. float64 carries about 16 significant digits, so with a tiny h the difference between f(x + h) and f(x − h) drowns in rounding error. Push the slider below down to 1e−50.',
    sweepTitle: 'Which h is best?',
    sweepIntro: 'The same point, only h changes: the errors of both estimates on log axes. On the right (large h) truncation error grows, on the left (small h) rounding error does, so somewhere in between lies the h with the smallest error.',
    sweepOptimum: 'For the central difference that h is about ε^(1/3), between 1e−5 and 1e−6 (ε ≈ 2.2e−16 is float64’s machine epsilon). The notes’ h = 1e−4 is not the optimum: it is a safe round value that is never far off, whatever the function.',
    sweepQuadratic: 'Switch the function to x² and the shape changes. A quadratic has a zero third derivative, so the central difference has no truncation error at all, and the rounding error that remains shrinks as h grows. That is why the curve only goes one way.',
    gradTitle: 'Partial derivatives and the gradient',
    gradIntro: 'With two or more variables, hold all but one fixed and differentiate with respect to that one: a partial derivative. The partial derivatives with respect to every variable, collected in a vector, form the gradient. For the notes’ function f(x₀, x₁) = x₀² + x₁² it is (2x₀, 2x₁).',
    gradField: 'The gradient ∇f points uphill, in the direction in which f grows fastest. The arrows below are its opposite, −∇f, computed at each point by numerical differentiation: the direction in which f falls fastest. All of them point to the minimum (0, 0), and they are longer farther away.',
  },
});
