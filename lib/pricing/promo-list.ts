// How a seller types several promotions in one box. Free of zod and of the promotion parser, so the
// editor overlay (a content script) can split its input without loading either.

/** Splits what a seller types into promotions: "满200减30，店铺券30" → two entries. */
export function splitPromos(text: string): string[] {
  return text.split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean);
}
