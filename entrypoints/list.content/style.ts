// The list page's two stylesheets: one for each badge's shadow root (identical text, so the browser
// parses it once and shares it), one for the toolbar and the findings card.
import { scoreColor, severityColor, theme } from '@/components/theme';

export const badgeCss = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 0 0 6px; }
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px; height: 18px; padding: 0 5px;
  border-radius: 9px; border: 1px solid ${theme.border}; background: ${theme.surface}; cursor: pointer; white-space: nowrap;
  font: 600 11px/16px ${theme.font}; color: ${theme.text}; font-variant-numeric: tabular-nums; }
button:focus-visible { outline: 2px solid ${theme.accent}; outline-offset: 1px; }
.s { min-width: 14px; text-align: center; }
.c { font-weight: 500; border-radius: 7px; padding: 0 4px; }
.e { color: ${severityColor.error.fg}; background: ${severityColor.error.bg}; }
.w { color: ${severityColor.warn.fg}; background: ${severityColor.warn.bg}; }
.ok { color: ${scoreColor(100)}; }
.pending { color: ${theme.muted}; font-weight: 400; }
`;

export const toolbarCss = `
:host { all: initial; }
.sl { font: 12px/1.5 ${theme.font}; color: ${theme.text}; }
.sl * { box-sizing: border-box; }
.bar { position: fixed; z-index: 2147483000; right: 20px; bottom: 20px; display: flex; align-items: center; gap: 8px;
  background: ${theme.surface}; border: 1px solid ${theme.border}; border-radius: 18px; box-shadow: ${theme.shadow}; padding: 5px 6px 5px 5px; }
.bar[hidden] { display: none; }
.mark { background: ${theme.accent}; color: #fff; border-radius: 12px; padding: 0 8px; font-weight: 600; line-height: 22px; }
.status { color: ${theme.muted}; white-space: nowrap; }
.status b { color: ${theme.text}; font-weight: 600; }
button { font: inherit; cursor: pointer; height: 24px; padding: 0 10px; border-radius: 12px; border: 1px solid ${theme.border}; background: ${theme.surface}; color: ${theme.text}; white-space: nowrap; }
button:hover, button:focus-visible { border-color: ${theme.accent}; color: ${theme.accent}; }
button.primary { background: ${theme.accent}; border-color: ${theme.accent}; color: #fff; }
button[hidden] { display: none; }
label { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; cursor: pointer; }
.card { position: fixed; z-index: 2147483001; width: 320px; max-height: 360px; overflow: auto; background: ${theme.surface};
  border: 1px solid ${theme.border}; border-radius: ${theme.radius}; box-shadow: ${theme.shadow}; padding: 10px 12px; }
.card[hidden] { display: none; }
.head { display: flex; align-items: baseline; gap: 8px; margin-bottom: 6px; }
.head strong { font-size: 20px; line-height: 1; font-variant-numeric: tabular-nums; }
.head .was { color: ${theme.muted}; }
.head .x { margin-left: auto; height: 20px; padding: 0 6px; color: ${theme.muted}; }
.title { color: ${theme.muted}; margin-bottom: 8px; overflow-wrap: anywhere; }
ul { margin: 0; padding: 0; }
li { list-style: none; border-left: 3px solid; border-radius: 4px; padding: 5px 8px; margin: 0 0 5px; line-height: 1.5; }
li[data-severity="error"] { border-color: ${severityColor.error.fg}; background: ${severityColor.error.bg}; }
li[data-severity="warn"] { border-color: ${severityColor.warn.fg}; background: ${severityColor.warn.bg}; }
li[data-severity="info"] { border-color: ${severityColor.info.fg}; background: ${severityColor.info.bg}; }
.clean { color: ${scoreColor(100)}; margin: 4px 0; }
a.edit { display: inline-block; margin-top: 4px; color: ${theme.accent}; text-decoration: none; font-weight: 600; }
a.edit:hover { text-decoration: underline; }
`;

/**
 * The filter "only rows with errors": the page's rows are hidden by one rule keyed on our own badge's
 * attribute (a row holding a badge that is not an error), switched on by an attribute on <html>.
 * Nothing is written into the page's rows.
 */
export const FILTER_ATTRIBUTE = 'data-shoplint-only-errors';
export const filterCss = `html[${FILTER_ATTRIBUTE}] :is(tr, [role="row"]):has(shoplint-badge:not([data-level="error"])) { display: none !important; }`;
