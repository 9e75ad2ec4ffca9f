// Visual tokens shared by every ShopLint surface (overlay, critique panel, list badges, popup, options):
// the platforms' own visual weight — white cards, 12–13px text, one accent, clear severity colours.
import type { Severity } from '@/lib/schemas/common';

export const theme = {
  font: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif',
  text: '#1f2329',
  muted: '#646a73',
  border: '#dee0e3',
  surface: '#ffffff',
  subtle: '#f5f6f7',
  accent: '#ff5000',
  /** The accent where it carries white text or marks a state: #ff5000 on white is under 4.5:1 (WCAG AA). */
  accentStrong: '#c73e00',
  radius: '8px',
  shadow: '0 4px 16px rgba(31, 35, 41, 0.12)',
} as const;

export const severityColor: Record<Severity, { fg: string; bg: string }> = {
  error: { fg: '#d83931', bg: '#fdecea' },
  warn: { fg: '#c27a00', bg: '#fff5e0' },
  info: { fg: '#3370ff', bg: '#eef3ff' },
};

/** Score colour: red under 60, amber under 80, green from 80. */
export function scoreColor(score: number): string {
  return score >= 80 ? '#2ea121' : score >= 60 ? '#c27a00' : '#d83931';
}
