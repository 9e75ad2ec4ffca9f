// Rounding for numbers shown to the seller.
export const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;
export const percent = (ratio: number) => round1(ratio * 100);
