import { defineText } from '../../i18n/use-text';

/** The save buttons under every chart. */
export const chartExportText = defineText({
  ko: {
    group: '“{title}” 그림으로 저장',
    png: 'PNG',
    svg: 'SVG',
    pngNamed: '“{title}” PNG로 저장',
    svgNamed: '“{title}” SVG로 저장',
    failed: '그림을 저장하지 못했습니다.',
  },
  en: {
    group: 'Save “{title}” as an image',
    png: 'PNG',
    svg: 'SVG',
    pngNamed: 'Save “{title}” as PNG',
    svgNamed: 'Save “{title}” as SVG',
    failed: 'The image could not be saved.',
  },
});
