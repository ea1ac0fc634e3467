// The drawing page's input before strokes were kept as vectors, rebuilt for comparison: the strokes
// painted on the 280 px pad with its 20 px brush and 6 px blurred rim, then the pixels cropped to the
// ink, scaled to 20 px and centred by mass (preprocessDigit). Canvas blur is approximated by a linear rim.
import { grayImage, toBytes } from '../../src/lib/digits/gray-image';
import { preprocessDigit } from '../../src/lib/digits/preprocess';
import type { StrokePoint } from '../../src/lib/digits/strokes';

const PAD = 280;
const RADIUS = 10;
const RIM = 6;

export function previousInput(strokes: readonly (readonly StrokePoint[])[]): Uint8Array | null {
  const image = grayImage(PAD, PAD);
  for (const stroke of strokes) {
    const pairs = stroke.length === 1 ? [[stroke[0], stroke[0]]] : stroke.slice(1).map((b, i) => [stroke[i], b]);
    for (const [a, b] of pairs) {
      const reach = RADIUS + RIM;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length2 = dx * dx + dy * dy;
      for (let y = Math.max(0, Math.floor(Math.min(a.y, b.y) - reach)); y <= Math.min(PAD - 1, Math.ceil(Math.max(a.y, b.y) + reach)); y++) {
        for (let x = Math.max(0, Math.floor(Math.min(a.x, b.x) - reach)); x <= Math.min(PAD - 1, Math.ceil(Math.max(a.x, b.x) + reach)); x++) {
          const px = x + 0.5 - a.x;
          const py = y + 0.5 - a.y;
          const t = length2 > 0 ? Math.min(1, Math.max(0, (px * dx + py * dy) / length2)) : 0;
          const ink = Math.min(1, Math.max(0, (RADIUS + RIM / 2 - Math.hypot(px - t * dx, py - t * dy)) / RIM));
          const k = y * PAD + x;
          if (ink > image.data[k]) image.data[k] = ink;
        }
      }
    }
  }
  const result = preprocessDigit(image);
  return result.blank ? null : toBytes(result.final);
}
