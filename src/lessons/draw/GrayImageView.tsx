import { useEffect, useRef } from 'react';
import type { Box, GrayImage } from '../../lib/digits/gray-image';

interface GrayImageViewProps {
  image: GrayImage;
  /** The longer side on screen, in CSS pixels; the other keeps the image's aspect ratio. */
  size: number;
  label: string;
  /** A rectangle to outline, in image pixels (e.g. where the ink was found). */
  outline?: Box;
}

export const OUTLINE = '#D55E00';

/** One ImageData per canvas, reused: the answer beside the pad repaints its input on every frame of a stroke. */
const buffers = new WeakMap<CanvasRenderingContext2D, ImageData>();

/** Paints ink values (0–1) into a canvas of the image's size, dark ink on white. */
export function paintGray(context: CanvasRenderingContext2D, image: GrayImage): void {
  let pixels = buffers.get(context);
  if (pixels?.width !== image.width || pixels.height !== image.height) {
    pixels = context.createImageData(image.width, image.height);
    buffers.set(context, pixels);
  }
  // A Uint8ClampedArray rounds and clamps by itself.
  const rgba = pixels.data;
  for (let i = 0, j = 0; i < image.data.length; i++, j += 4) {
    const shade = 255 - 255 * image.data[i];
    rgba[j] = shade;
    rgba[j + 1] = shade;
    rgba[j + 2] = shade;
    rgba[j + 3] = 255;
  }
  context.putImageData(pixels, 0, 0);
}

/** An ink image drawn dark on light at its own resolution, scaled up by CSS with every pixel a crisp square. */
export function GrayImageView({ image, size, label, outline }: GrayImageViewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    paintGray(context, image);
    if (outline) {
      // Thick enough to survive the shrink to thumbnail size.
      const line = Math.max(1, Math.round(Math.max(image.width, image.height) / 60));
      context.strokeStyle = OUTLINE;
      context.lineWidth = line;
      context.strokeRect(outline.left - line / 2, outline.top - line / 2, outline.width + line, outline.height + line);
    }
  }, [image, outline]);

  const scale = size / Math.max(image.width, image.height);
  return (
    <canvas
      ref={canvas}
      width={image.width}
      height={image.height}
      role="img"
      aria-label={label}
      className="gray-image"
      style={{
        width: Math.max(1, Math.round(image.width * scale)),
        height: Math.max(1, Math.round(image.height * scale)),
        imageRendering: scale >= 1 ? 'pixelated' : 'auto',
      }}
    />
  );
}
