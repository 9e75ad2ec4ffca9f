// The overlay's stylesheet, built from the shared theme tokens and handed to the shadow root (the host
// page's CSS and ours never meet).
import { severityColor, theme } from '@/components/theme';

export const overlayCss = `
:host { all: initial; }
.sl { font: 12px/1.5 ${theme.font}; color: ${theme.text}; }
.sl * { box-sizing: border-box; }
.sl button { font: inherit; cursor: pointer; }
.box { position: fixed; z-index: 2147483000; background: ${theme.surface}; border: 1px solid ${theme.border};
  border-radius: ${theme.radius}; box-shadow: ${theme.shadow}; overflow: auto; }
.box[hidden] { display: none; }
.box:focus { outline: none; }
.pill { display: inline-flex; align-items: center; gap: 6px; height: 30px; padding: 0 10px 0 4px; border-radius: 15px;
  border: 1px solid ${theme.border}; background: ${theme.surface}; box-shadow: ${theme.shadow}; white-space: nowrap; color: ${theme.text}; }
.pill .mark { background: ${theme.accent}; color: #fff; border-radius: 11px; padding: 0 6px; font-weight: 600; font-size: 11px; line-height: 20px; }
.pill strong { font-size: 14px; }
.card { width: 320px; }
.card.price { width: 300px; }
.head { display: flex; align-items: center; gap: 10px; padding: 10px 12px; border-bottom: 1px solid ${theme.border}; position: sticky; top: 0; background: ${theme.surface}; z-index: 1; }
.score { font-size: 26px; font-weight: 700; line-height: 1; min-width: 40px; text-align: center; font-variant-numeric: tabular-nums; }
.head .meta { flex: 1; min-width: 0; }
.head .name { font-weight: 600; font-size: 13px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.head .sub { color: ${theme.muted}; font-variant-numeric: tabular-nums; }
.icon { border: 1px solid ${theme.border}; background: ${theme.surface}; border-radius: 4px; padding: 1px 8px; color: ${theme.muted}; }
.icon:hover, .icon:focus-visible { color: ${theme.text}; border-color: ${theme.muted}; }
kbd { font: 10px/1 ${theme.font}; color: ${theme.muted}; border: 1px solid ${theme.border}; border-radius: 3px; padding: 1px 3px; margin-left: 4px; }
.section { padding: 8px 12px; }
.section + .section { border-top: 1px solid ${theme.subtle}; }
.label { color: ${theme.muted}; margin-bottom: 4px; }
.capped { margin-top: 6px; color: ${severityColor.error.fg}; }
.parts { display: grid; grid-template-columns: max-content 1fr max-content; align-items: center; gap: 4px 8px; }
.part { display: contents; }
.bar { height: 6px; background: ${theme.subtle}; border-radius: 3px; overflow: hidden; }
.bar > i { display: block; height: 100%; border-radius: 3px; }
.num { text-align: right; color: ${theme.muted}; font-variant-numeric: tabular-nums; }
ul { margin: 0; padding: 0; }
.gain { float: right; margin-left: 6px; color: #2ea121; font-weight: 600; font-variant-numeric: tabular-nums; }
.ok { color: #2ea121; padding: 4px 0; }
.underlines { position: fixed; z-index: 2147482999; pointer-events: none; overflow: hidden; }
.underline { position: absolute; height: 2px; border-radius: 1px; }
.underline::before { content: ""; position: absolute; left: 0; right: 0; bottom: 2px; height: 1.3em; border-radius: 2px; opacity: .13; background: currentColor; }
.steps { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
.steps td { padding: 3px 0; }
.steps td:last-child { text-align: right; }
.steps .saving { color: ${severityColor.error.fg}; }
.steps .total td { border-top: 1px solid ${theme.border}; padding-top: 6px; font-weight: 600; }
.final { font-size: 22px; font-weight: 700; color: ${theme.accent}; font-variant-numeric: tabular-nums; }
.skipped { color: ${theme.muted}; }
.profit { font-weight: 600; font-variant-numeric: tabular-nums; }
.profit.bad { color: ${severityColor.error.fg}; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
.chip { display: inline-flex; align-items: center; gap: 2px; background: ${theme.subtle}; border: 1px solid ${theme.border}; border-radius: 10px; padding: 0 4px 0 8px; }
.chip.bad { border-color: ${severityColor.error.fg}; color: ${severityColor.error.fg}; }
.chip button { border: 0; background: none; color: ${theme.muted}; padding: 0 4px; }
.field { display: flex; align-items: center; gap: 6px; margin-top: 6px; }
.field span { color: ${theme.muted}; min-width: 64px; }
.field input { flex: 1; min-width: 0; font: inherit; border: 1px solid ${theme.border}; border-radius: 4px; padding: 3px 6px; color: ${theme.text}; }
.field input:focus { outline: none; border-color: ${theme.accent}; }
.hint { color: ${theme.muted}; }
.fold { display: flex; width: 100%; justify-content: space-between; border: 0; background: none; padding: 0; text-align: left; }
.fold .label { margin: 0; }
.summary { color: ${theme.text}; margin-top: 2px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.kw-score { display: flex; flex-direction: column; align-items: center; line-height: 1.1; padding: 0 4px; border-left: 1px solid ${theme.border}; }
.kw-score strong { font-size: 18px; font-variant-numeric: tabular-nums; }
.kw-score span { color: ${theme.muted}; font-size: 11px; }
.age { color: ${theme.muted}; font-size: 11px; white-space: nowrap; }
.age.stale { color: ${severityColor.warn.fg}; }
.fold .tag { margin: 0 4px 0 auto; padding: 0 4px; border: 1px solid ${theme.border}; border-radius: 3px; color: ${theme.muted}; font-size: 11px; white-space: nowrap; }
.fold .tag + .tag { margin-left: 0; }
.terms { list-style: none; margin: 4px 0 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 10px; }
.terms li { display: flex; align-items: center; gap: 6px; min-width: 0; }
.terms .term { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; border: 0; background: none; padding: 0; text-align: left; color: ${theme.accent}; }
.terms button.term:hover { text-decoration: underline; }
.terms li[data-covered="true"] .term { color: ${theme.muted}; text-decoration: line-through; }
.terms .bar { flex: 0 0 28px; }
.terms .bar > i { background: ${theme.accent}; opacity: .55; }
.terms li[data-covered="true"] .bar > i { background: ${theme.muted}; }
.fill { margin-top: 8px; }
.fill .chips { margin-bottom: 2px; }
.chip.add, .chip.all { padding: 0 8px; color: ${theme.accent}; }
.chip.all { background: ${theme.accent}; border-color: ${theme.accent}; color: #fff; }
`;
