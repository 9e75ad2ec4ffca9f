// A trend line for 7–30 daily values. A hand-drawn SVG polyline rather than uPlot: a few dozen points
// need no axes, zoom or canvas sizing, render in the popup's first paint, and stay crisp at any zoom;
// uPlot is for the full charts of the options page.
import { theme } from './theme';

export interface SparklineProps {
  values: readonly (number | undefined)[];
  width?: number;
  height?: number;
  color?: string;
  label?: string;
}

export function Sparkline({ values, width = 120, height = 28, color = theme.accent, label }: SparklineProps) {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length < 2) return <svg width={width} height={height} role="img" aria-label={label} />;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min || 1;
  const pad = 2;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, values.length - 1);
  const y = (v: number) => height - pad - ((v - min) / span) * (height - 2 * pad);
  // A missing day breaks the line instead of drawing a false slope across it.
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === undefined) {
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (run.length) runs.push(run.join(' '));
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {runs.map((points) => (
        <polyline key={points} points={points} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      ))}
      {last !== undefined && <circle cx={x(lastIndex)} cy={y(last)} r={2.5} fill={color} />}
    </svg>
  );
}
