import { useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import { fromAlpha, type GrayImage } from '../../lib/digits/gray-image';
import type { StrokePoint } from '../../lib/digits/strokes';
import { useText } from '../../i18n/use-text';
import { PAD_SIZE, padPoint, padStrokes, paintAll, paintStroke, type PadItem } from './pad-canvas';
import { drawWidgetText } from './text-widgets';

/** What the pad reports, at most once per animation frame. */
export interface PadInk {
  /**
   * The pad's pixels, read from the canvas on the first call only: strokes reach the network as
   * vectors, so while a stroke is drawn nobody pays for a 280 × 280 read-back every frame.
   */
  image: () => GrayImage;
  /** Draws the pad as it is now, scaled to size × size, dark ink on white (a thumbnail needs no pixel read-back). */
  paintThumbnail: (target: CanvasRenderingContext2D, size: number) => void;
  /** The strokes as drawn (pad pixels), or null when an MNIST image is on the pad. */
  strokes: StrokePoint[][] | null;
  /** False while a stroke is still being drawn; true once the pad is at rest. */
  settled: boolean;
  /** The MNIST test image on the pad, if one is. */
  testIndex: number | null;
}

export interface PadHandle {
  /** Replaces everything on the pad with an MNIST image. */
  showImage: (item: Extract<PadItem, { kind: 'image' }>) => void;
  clear: () => void;
}

interface DrawingPadProps {
  onInk: (ink: PadInk) => void;
  ref?: Ref<PadHandle>;
}

/** A square pad for mouse, finger or pen. Pointer events only, and touch-action: none, so drawing never scrolls. */
export function DrawingPad({ onInk, ref }: DrawingPadProps) {
  const t = useText(drawWidgetText);
  const canvas = useRef<HTMLCanvasElement>(null);
  const items = useRef<PadItem[]>([]);
  /** The stroke being drawn; the pad's box is measured once at its start (measuring forces a layout). */
  const active = useRef<{ pointerId: number; points: StrokePoint[]; rect: DOMRectReadOnly } | null>(null);
  const frame = useRef<number | null>(null);
  const settledPending = useRef(false);
  const pendingReport = useRef(false);
  const [count, setCount] = useState(0);
  const onInkRef = useRef(onInk);
  useEffect(() => { onInkRef.current = onInk; }, [onInk]);

  const context = () => canvas.current?.getContext('2d', { willReadFrequently: true }) ?? null;

  const send = useCallback(() => {
    const ctx = context();
    if (!ctx) return;
    let pixels: GrayImage | null = null;
    const image = () => (pixels ??= fromAlpha(ctx.getImageData(0, 0, PAD_SIZE, PAD_SIZE).data, PAD_SIZE, PAD_SIZE));
    const picture = items.current.find((item) => item.kind === 'image');
    const paintThumbnail = (target: CanvasRenderingContext2D, size: number) => {
      target.fillStyle = '#fff';
      target.fillRect(0, 0, size, size);
      target.drawImage(ctx.canvas, 0, 0, size, size);
    };
    const ink = { image, paintThumbnail, strokes: padStrokes(items.current), settled: settledPending.current, testIndex: picture?.kind === 'image' ? picture.index : null };
    settledPending.current = false;
    onInkRef.current(ink);
  }, []);

  // At most one report per animation frame: the first at once, inside the pointer event (so the answer
  // does not queue behind the page's other work), any later one when the next frame starts. Waiting
  // for a frame makes Chromium hold the next pointer moves until it starts; a timer instead answered
  // sooner at full speed but later with the CPU throttled 4×, the phone this pad is tuned for.
  const report = useCallback((settled: boolean) => {
    settledPending.current ||= settled;
    if (frame.current !== null) {
      pendingReport.current = true;
      return;
    }
    send();
    const endFrame = () => {
      frame.current = null;
      if (!pendingReport.current) return;
      pendingReport.current = false;
      send();
      frame.current = requestAnimationFrame(endFrame);
    };
    frame.current = requestAnimationFrame(endFrame);
  }, [send]);

  useEffect(() => () => { if (frame.current !== null) cancelAnimationFrame(frame.current); }, []);

  const repaint = useCallback(() => {
    const ctx = context();
    if (ctx) paintAll(ctx, items.current);
    setCount(items.current.length);
    report(true);
  }, [report]);

  // Undo or clear while a stroke is being drawn takes that stroke too: the rest of the drag draws nothing.
  const dropActive = useCallback(() => {
    const stroke = active.current;
    active.current = null;
    if (!stroke) return;
    try {
      canvas.current?.releasePointerCapture(stroke.pointerId);
    } catch {
      // The pointer was never captured, or is already gone.
    }
  }, []);

  const clear = useCallback(() => {
    dropActive();
    items.current = [];
    repaint();
  }, [repaint, dropActive]);

  const undo = () => {
    dropActive();
    items.current = items.current.slice(0, -1);
    repaint();
  };

  useImperativeHandle(ref, () => ({
    showImage: (item) => {
      dropActive();
      items.current = [item];
      repaint();
    },
    clear,
  }), [repaint, clear, dropActive]);

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (active.current) {
      // A second finger while one draws is ignored. A new primary pointer means the last one ended
      // without telling us (its pointerup was lost): that stroke is finished, and this one starts.
      if (!event.isPrimary && active.current.pointerId !== event.pointerId) return;
      active.current = null;
    }
    event.preventDefault();
    try {
      // Keeps the stroke when the pointer leaves the pad mid-stroke; drawing works without it.
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (e.g. already lifted) cannot be captured.
    }
    const rect = event.currentTarget.getBoundingClientRect();
    const stroke = { pointerId: event.pointerId, points: [padPoint(rect, event)], rect };
    active.current = stroke;
    items.current = [...items.current, { kind: 'stroke', points: stroke.points }];
    setCount(items.current.length);
    const ctx = context();
    if (ctx) paintStroke(ctx, stroke.points);
    report(false);
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const stroke = active.current;
    if (!stroke || stroke.pointerId !== event.pointerId) return;
    const from = stroke.points.length;
    // Coalesced events keep fast strokes smooth where the browser batches pointer moves.
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const e of events.length > 0 ? events : [event.nativeEvent]) stroke.points.push(padPoint(stroke.rect, e));
    const ctx = context();
    if (ctx) paintStroke(ctx, stroke.points, from);
    report(false);
  };

  const endStroke = (event: PointerEvent<HTMLCanvasElement>) => {
    if (active.current?.pointerId !== event.pointerId) return;
    active.current = null;
    report(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    if (((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') || event.key === 'Backspace') {
      event.preventDefault();
      undo();
    } else if (event.key === 'Delete') {
      event.preventDefault();
      clear();
    }
  };

  return (
    <div className="drawing-pad">
      <canvas
        ref={canvas}
        width={PAD_SIZE}
        height={PAD_SIZE}
        className="pad-canvas"
        role="img"
        tabIndex={0}
        aria-label={t.padLabel}
        aria-describedby="draw-pad-help"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endStroke}
        onPointerCancel={endStroke}
        onLostPointerCapture={endStroke}
        onKeyDown={onKeyDown}
      />
      {/* Right under the pad, so they are in view whenever it is. */}
      <div className="widget-row">
        <button type="button" onClick={undo} disabled={count === 0}>{t.undo}</button>
        <button type="button" onClick={clear} disabled={count === 0}>{t.clear}</button>
      </div>
      <p id="draw-pad-help" className="pad-help">{t.padHelp}</p>
    </div>
  );
}
