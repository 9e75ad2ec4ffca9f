// Title width as 淘宝/天猫/抖店 count it: "最多允许输入30个汉字（60字符）" — a character outside
// ASCII (汉字, full-width letters and punctuation, emoji) counts 2, an ASCII character counts 1.
import type { Platform } from '../schemas/common';

export function charWidth(code: number): number {
  return code < 0x80 ? 1 : 2;
}

export function titleWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Title width limits per platform (publish-page placeholders). */
export const TITLE_MAX_WIDTH: Record<Platform, number> = { taobao: 60, tmall: 60, douyin: 60 };
