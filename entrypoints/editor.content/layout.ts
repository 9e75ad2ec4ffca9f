// Where the overlay's boxes go, as a pure function of rectangles (measured once per frame), so the
// rule "never cover the field being typed into" is tested without a browser: a box sits to the right
// of the field's row when the viewport has room, otherwise below the field (or above it near the
// bottom edge); two boxes in the same column never overlap.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placed extends Box {
  /** Set when the box must scroll inside itself to fit. */
  maxHeight?: number;
  hidden: boolean;
}

export interface Anchor {
  /** The input the seller types into. */
  input: Box;
  /** The form row around it (label, input, counter, help), which the box also keeps clear of. */
  row: Box;
}

export interface Viewport {
  width: number;
  height: number;
}

export const GAP = 8;
/** A box shorter than this is not worth showing shrunk; it moves instead. */
const MIN_HEIGHT = 160;

const bottom = (b: Box) => b.top + b.height;
const right = (b: Box) => b.left + b.width;
const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function beside(anchor: Anchor, size: { width: number; height: number }, viewport: Viewport): Placed {
  const { input, row } = anchor;
  const hidden = bottom(row) < 0 || row.top > viewport.height;
  const fitHeight = (top: number) => (top + size.height > viewport.height - GAP ? { maxHeight: Math.max(MIN_HEIGHT, viewport.height - GAP - top) } : {});
  if (right(row) + GAP + size.width <= viewport.width - GAP) {
    const top = clamp(row.top, GAP, Math.max(GAP, viewport.height - GAP - size.height));
    return { left: right(row) + GAP, top, ...size, ...fitHeight(top), hidden };
  }
  const left = clamp(right(input) - size.width, GAP, Math.max(GAP, viewport.width - GAP - size.width));
  const below = bottom(input) + GAP;
  const roomBelow = viewport.height - GAP - below;
  const roomAbove = input.top - 2 * GAP;
  if (roomBelow >= Math.min(size.height, MIN_HEIGHT) || roomBelow >= roomAbove) return { left, top: below, ...size, ...fitHeight(below), hidden };
  const height = Math.min(size.height, roomAbove);
  return { left, top: input.top - GAP - height, ...size, ...(height < size.height && { maxHeight: height }), hidden };
}

const overlaps = (a: Placed, b: Placed) =>
  !a.hidden && !b.hidden && a.left < right(b) && b.left < right(a) && a.top < shownBottom(b) && b.top < shownBottom(a);
const shownBottom = (b: Placed) => b.top + (b.maxHeight !== undefined ? Math.min(b.height, b.maxHeight) : b.height);

/**
 * Keeps `lower` (the box of a field further down the form) clear of `upper`: `lower` moves below
 * `upper` when it still fits in the viewport there (the findings in `upper` stay whole), otherwise
 * `upper` scrolls inside itself if that leaves it enough room, otherwise `lower` moves anyway.
 */
export function separate(upper: Placed, lower: Placed, viewport: Viewport): [Placed, Placed] {
  if (!overlaps(upper, lower) || upper.top > lower.top) return [upper, lower];
  const movedTop = shownBottom(upper) + GAP;
  const room = lower.top - GAP - upper.top;
  if (movedTop + Math.min(lower.height, MIN_HEIGHT) > viewport.height - GAP && room >= MIN_HEIGHT)
    return [{ ...upper, maxHeight: Math.min(room, upper.maxHeight ?? Infinity) }, lower];
  const maxHeight = Math.max(MIN_HEIGHT, viewport.height - GAP - movedTop);
  return [upper, { ...lower, top: movedTop, ...(maxHeight < lower.height && { maxHeight }) }];
}

/** True when `box` covers any part of `field`. */
export function covers(box: Placed, field: Box): boolean {
  return !box.hidden && box.left < right(field) && field.left < right(box) && box.top < bottom(field) && field.top < shownBottom(box);
}
