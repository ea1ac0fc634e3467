/** Saving a chart as a file: the SVG as it is, or drawn at twice its size into a PNG (sharp on a projector). */
import { chartSvg, type ChartLabels } from './chart-svg';

const PNG_SCALE = 2;

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function pngOf(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export async function saveChart(container: HTMLElement, labels: ChartLabels, format: 'png' | 'svg', fileName: string): Promise<void> {
  const { svg, width, height } = chartSvg(container, labels);
  if (format === 'svg') download(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`);
  else download(await pngOf(svg, width, height), `${fileName}.png`);
}
