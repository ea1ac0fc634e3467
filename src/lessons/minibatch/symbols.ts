/**
 * One colour per symbol of the batch CEE, shared by the formula and the widget's values: the
 * Okabe–Ito blue, vermilion, green and purple, darkened where needed so text stays readable (≥ 4.5:1 on white).
 */
export const SYMBOL_COLOURS = { N: '#0072B2', K: '#B24A00', y: '#00704A', yHat: '#9E3A7A' } as const;

const c = SYMBOL_COLOURS;

export const BATCH_CEE_TEX = String.raw`\text{CEE} = -\frac{1}{\color{${c.N}}N}\sum_{n=1}^{\color{${c.N}}N}\sum_{k=1}^{\color{${c.K}}K}{\color{${c.y}}y_{nk}}\,\log\left({\color{${c.yHat}}\hat{y}_{nk}} + \delta\right)`;

export const LABEL_CEE_TEX = String.raw`\text{CEE} = -\frac{1}{\color{${c.N}}N}\sum_{n=1}^{\color{${c.N}}N}\log\left({\color{${c.yHat}}\hat{y}_{n,t_n}} + \delta\right)`;
