import { useEffect, useRef } from 'react';
import type { Box } from '../../lib/digits/gray-image';
import { OUTLINE } from './GrayImageView';
import type { PadInk } from './DrawingPad';
import { PAD_SIZE } from './pad-canvas';

interface PadThumbnailProps {
  paint: PadInk['paintThumbnail'];
  /** The longer side on screen, in CSS pixels. */
  size: number;
  label: string;
  /** Where the ink was found, in pad pixels. */
  outline?: Box;
}

/** The pad scaled down, with the ink's box outlined: copied canvas to canvas, so it costs no pixel loop. */
export function PadThumbnail({ paint, size, label, outline }: PadThumbnailProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    paint(context, size);
    if (!outline) return;
    const scale = size / PAD_SIZE;
    context.strokeStyle = OUTLINE;
    context.lineWidth = 2;
    context.strokeRect(outline.left * scale - 1, outline.top * scale - 1, outline.width * scale + 2, outline.height * scale + 2);
  }, [paint, size, outline]);
  return <canvas ref={canvas} width={size} height={size} role="img" aria-label={label} className="gray-image" style={{ width: size, height: size }} />;
}
