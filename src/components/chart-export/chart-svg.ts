/**
 * A chart on the page as a standalone SVG for slides: the chart library's drawing, with the title, the
 * axis names and the legend (which the page draws in HTML) written into it as SVG text, on white.
 */

/** What the exported picture says, in the reader's language. */
export interface ChartLabels {
  title: string;
  /** Axis names, when the chart does not already draw them. */
  x?: string;
  y?: string;
}

export interface LegendEntry {
  name: string;
  color: string;
  dashed: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", sans-serif';
const TITLE_HEIGHT = 34;
const AXIS_SPACE = 24;
const LEGEND_ROW = 20;

/** The legend of the chart: the page's own HTML legend, or the chart library's. */
export function legendOf(container: HTMLElement): LegendEntry[] {
  const own = [...container.querySelectorAll('.chart-legend li')].map((item) => {
    const line = item.querySelector('line');
    return { name: item.textContent?.trim() ?? '', color: line?.getAttribute('stroke') ?? '#000', dashed: line?.hasAttribute('stroke-dasharray') ?? false };
  });
  const library = [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const shape = item.querySelector('path, line, rect');
    const color = shape?.getAttribute('fill') && shape.getAttribute('fill') !== 'none' ? shape.getAttribute('fill') : shape?.getAttribute('stroke');
    return { name: item.querySelector('.recharts-legend-item-text')?.textContent?.trim() ?? item.textContent?.trim() ?? '', color: color ?? '#000', dashed: false };
  });
  return [...own, ...library].filter((entry) => entry.name !== '');
}

function text(content: string | string[], attributes: Record<string, string | number>, lineHeight = 0): SVGTextElement {
  const node = document.createElementNS(SVG_NS, 'text');
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  const lines = typeof content === 'string' ? [content] : content;
  if (lines.length === 1) node.textContent = lines[0];
  else lines.forEach((line, k) => {
    const span = document.createElementNS(SVG_NS, 'tspan');
    span.setAttribute('x', String(attributes.x));
    if (k > 0) span.setAttribute('dy', String(lineHeight));
    span.textContent = line;
    node.append(span);
  });
  return node;
}

let measure: CanvasRenderingContext2D | null = null;

/** `content` broken at spaces into lines no wider than `width` at `size` px (a phone's chart is narrow; a title is not). */
export function wrapLines(content: string, width: number, size: number, weight = 400): string[] {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return [content];
  measure.font = `${weight} ${size}px ${FONT}`;
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return [...lines, line];
}

/** The chart's main drawing (not a legend icon, which the library also draws as an SVG). */
export function chartSurface(container: HTMLElement): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? container.querySelector('svg');
}

/**
 * How much of the drawing's foot the chart library leaves blank for its legend, which it lays over
 * that space in HTML; the export draws the legend below the chart instead, so that space is cut off.
 */
export function legendSpace(surface: SVGSVGElement, box: DOMRect): number {
  const wrapper = surface.parentElement?.querySelector<HTMLElement>(':scope > .recharts-legend-wrapper');
  if (!wrapper) return 0;
  const legend = wrapper.getBoundingClientRect();
  // The wrapper's top padding lies over the axis name, which must stay.
  const top = legend.top + (parseFloat(getComputedStyle(wrapper).paddingTop) || 0);
  if (legend.height === 0 || top < box.top + box.height / 2) return 0;
  return Math.min(Math.max(0, box.bottom - top), box.height / 2);
}

/** The exported picture as SVG text, and its size in CSS pixels. */
export function chartSvg(container: HTMLElement, labels: ChartLabels): { svg: string; width: number; height: number } {
  const surface = chartSurface(container);
  if (!surface) throw new Error('no chart to save');
  const box = surface.getBoundingClientRect();
  const chartWidth = Math.max(1, Math.round(box.width));
  const cut = legendSpace(surface, box);
  const chartHeight = Math.max(1, Math.round(box.height - cut));
  const left = labels.y ? AXIS_SPACE : 0;
  const bottom = labels.x ? AXIS_SPACE : 0;
  const width = chartWidth + left + 16;
  const title = wrapLines(labels.title, width - 16, 16, 700);
  const top = TITLE_HEIGHT + (title.length - 1) * 20;
  const legend = legendOf(container).map((entry) => ({ ...entry, lines: wrapLines(entry.name, width - 48, 12) }));
  const legendHeight = legend.reduce((sum, entry) => sum + LEGEND_ROW + (entry.lines.length - 1) * 15, 0);
  const height = top + chartHeight + bottom + legendHeight + 12;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT);
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [key, value] of Object.entries({ width: '100%', height: '100%', fill: '#ffffff' })) background.setAttribute(key, value);
  root.append(background, text(title, { x: 8, y: 22, 'font-size': 16, 'font-weight': 700, fill: '#111', class: 'chart-title' }, 20));

  const drawing = surface.cloneNode(true) as SVGSVGElement;
  drawing.setAttribute('x', String(left));
  drawing.setAttribute('y', String(top));
  drawing.setAttribute('width', String(chartWidth));
  drawing.setAttribute('height', String(chartHeight));
  const view = surface.viewBox.baseVal;
  if (cut > 0 && view && view.width > 0 && view.height > 0) {
    // Kept at the page's scale: the view loses at its foot what the picture loses in height.
    const scale = view.height / box.height;
    drawing.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height - cut * scale}`);
  }
  root.append(drawing);

  if (labels.x) root.append(text(labels.x, { x: left + chartWidth / 2, y: top + chartHeight + 16, 'text-anchor': 'middle', 'font-size': 13, fill: '#333', class: 'axis-label' }));
  if (labels.y) {
    const y = top + chartHeight / 2;
    root.append(text(labels.y, { x: 14, y, transform: `rotate(-90 14 ${y})`, 'text-anchor': 'middle', 'font-size': 13, fill: '#333', class: 'axis-label' }));
  }
  let y = top + chartHeight + bottom + 14;
  for (const entry of legend) {
    const swatch = document.createElementNS(SVG_NS, 'line');
    const attributes: Record<string, string | number> = { x1: 10, x2: 32, y1: y - 4, y2: y - 4, stroke: entry.color, 'stroke-width': 2.5 };
    if (entry.dashed) attributes['stroke-dasharray'] = '5 3';
    for (const [key, value] of Object.entries(attributes)) swatch.setAttribute(key, String(value));
    root.append(swatch, text(entry.lines, { x: 40, y, 'font-size': 12, fill: '#222', class: 'legend-label' }, 15));
    y += LEGEND_ROW + (entry.lines.length - 1) * 15;
  }
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
