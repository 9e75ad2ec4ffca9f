// Where a span of a single-line input's text is drawn, measured with a canvas in the input's own
// font (nothing is added to the host page). Offsets are from the left of the input's content box.
import type { TextInput } from '@/lib/sites/editor-fields';

export class TextMeasure {
  private readonly context = document.createElement('canvas').getContext('2d')!;
  private readonly styles = new WeakMap<Element, CSSStyleDeclaration>();

  /** The input's live computed style (the object updates itself; fetched once per element). */
  style(input: TextInput): CSSStyleDeclaration {
    let style = this.styles.get(input);
    if (!style) this.styles.set(input, (style = getComputedStyle(input)));
    return style;
  }

  /** x offsets of each [start, end) span of `text`. */
  spans(input: TextInput, text: string, spans: readonly { start: number; end: number }[]): { x1: number; x2: number }[] {
    if (!spans.length) return [];
    const style = this.style(input);
    this.context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    this.context.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
    const x = (i: number) => this.context.measureText(text.slice(0, i)).width;
    return spans.map(({ start, end }) => ({ x1: x(start), x2: x(end) }));
  }
}
