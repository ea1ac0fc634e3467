import { useEffect, useRef } from 'react';

interface DigitImageProps {
  /** rows·cols bytes, 0 = background, 255 = ink (MNIST's convention). */
  pixels: Uint8Array;
  /** Width and height on screen in CSS pixels. */
  size?: number;
  /** What the image shows, for screen readers, e.g. "Training image 0, label 5". */
  label: string;
  rows?: number;
  cols?: number;
  className?: string;
}

/**
 * One grey-scale digit drawn crisp: the canvas holds the image at its own 28 × 28 resolution and CSS
 * scales it up with `image-rendering: pixelated`, so every input pixel stays a visible square.
 * Ink is drawn dark on light, as on paper.
 */
export function DigitImage({ pixels, size = 84, label, rows = 28, cols = 28, className }: DigitImageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(cols, rows);
    const count = Math.min(rows * cols, pixels.length);
    for (let i = 0; i < count; i++) {
      const shade = 255 - pixels[i];
      image.data[4 * i] = shade;
      image.data[4 * i + 1] = shade;
      image.data[4 * i + 2] = shade;
      image.data[4 * i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }, [pixels, rows, cols]);

  return (
    <canvas
      ref={canvas}
      width={cols}
      height={rows}
      role="img"
      aria-label={label}
      className={className}
      style={{ width: size, height: size, imageRendering: 'pixelated', display: 'block', border: '1px solid var(--border)' }}
    />
  );
}
