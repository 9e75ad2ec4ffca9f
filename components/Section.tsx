// A titled card: the popup's and the options page's sections share one look.
import type { ReactNode } from 'react';
import { theme } from '@/components/theme';

export function Section({ title, aside, children, testId, id }: { title: string; aside?: ReactNode; children: ReactNode; testId?: string; id?: string }) {
  return (
    <section id={id} aria-label={title} data-testid={testId} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius, padding: '10px 12px', marginBottom: 10, scrollMarginTop: 56 }}>
      <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 8 }}>
        <h2 style={{ fontSize: 13, fontWeight: 600, margin: 0 }}>{title}</h2>
        {aside}
      </header>
      {children}
    </section>
  );
}
