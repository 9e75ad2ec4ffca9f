// The parts of a generated rule document that listing rules and alert rules share: options with their
// defaults and sources, the source of the rule, and its messages.
import type { z } from 'zod';
import type { Localized } from '../lib/schemas/common';

export interface DocumentedMeta {
  options: z.ZodObject;
  sources: Record<string, string>;
  messages: Record<string, Localized>;
}

export function optionsAndMessages(meta: DocumentedMeta): string[] {
  const lines: string[] = [];
  const defaults = meta.options.parse({}) as Record<string, unknown>;
  const keys = Object.keys(meta.options.shape);
  if (keys.length) {
    lines.push('| option | default | source |', '| --- | --- | --- |');
    for (const key of keys) lines.push(`| \`${key}\` | \`${JSON.stringify(defaults[key]) ?? '—'}\` | ${meta.sources[key] ?? meta.sources.rule ?? ''} |`);
    lines.push('');
  }
  if (meta.sources.rule) lines.push(`Source 依据: ${meta.sources.rule}`, '');
  lines.push('Messages:', '');
  for (const [id, m] of Object.entries(meta.messages)) lines.push(`- \`${id}\`: ${m.zh} / ${m.en}`);
  return lines;
}
