// Dragging the panel by its header, or the pill itself, to the other edge of the page. Pointer events,
// so a mouse, a pen and a finger all drag. Only the buyer's own input counts (isTrusted): a page script
// can dispatch pointer events at our header and must not be able to move our UI. The header's move
// button does the same in one press, for those who cannot drag.
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { Side } from '../lib/sites';

/** How far the pointer travels before a press becomes a drag: a press on the heading stays a press. */
const THRESHOLD = 8;

type Drag = { id: number; x: number; moved: boolean };

/** The side a drag ends on: the half of the viewport the pointer was let go in. */
const sideAt = (x: number, viewportWidth: number): Side => (x < viewportWidth / 2 ? 'left' : 'right');

export function useDragToSide(panel: RefObject<HTMLElement | null>, onSide: ((side: Side) => void) | undefined) {
  const drag = useRef<Drag | null>(null);
  /** A drag just ended on the pill: the click the browser sends after it is no press to open. */
  const dragged = useRef(false);
  const reset = () => {
    drag.current = null;
    panel.current?.style.removeProperty('transform');
    panel.current?.classList.remove('dragging');
  };
  const mine = (e: PointerEvent) => e.isTrusted && drag.current !== null && e.pointerId === drag.current.id;
  return {
    onPointerDown(e: PointerEvent) {
      // The header's buttons keep their clicks; the pill, a button itself, is dragged by any part of it.
      const button = (e.target as Element | null)?.closest?.('button');
      if (!e.isTrusted || !onSide || e.button !== 0 || (button && button !== e.currentTarget)) return;
      dragged.current = false;
      drag.current = { id: e.pointerId, x: e.clientX, moved: false };
      (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    },
    onPointerMove(e: PointerEvent) {
      if (!mine(e)) return;
      const d = drag.current!;
      const dx = e.clientX - d.x;
      if (!d.moved && Math.abs(dx) < THRESHOLD) return;
      d.moved = true;
      panel.current?.classList.add('dragging');
      panel.current?.style.setProperty('transform', `translateX(${dx}px)`);
    },
    onPointerUp(e: PointerEvent) {
      if (!mine(e)) return;
      const moved = drag.current!.moved;
      reset();
      dragged.current = moved;
      const width = (e.currentTarget as Element).ownerDocument.defaultView?.innerWidth ?? 0;
      if (moved && width > 0) onSide?.(sideAt(e.clientX, width));
    },
    onPointerCancel(e: PointerEvent) {
      if (mine(e)) reset();
    },
    /** Whether the press now ending was a drag (asked once, by the pill's click). */
    wasDrag(): boolean {
      const was = dragged.current;
      dragged.current = false;
      return was;
    },
  };
}
