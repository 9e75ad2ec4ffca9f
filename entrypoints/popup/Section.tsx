// A titled card: the popup's sections share one look.
import type { ReactNode } from 'react';
import { theme } from '@/components/theme';

export function Section({ title, aside, children, testId }: { title: string; aside?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section data-testid={testId} style={{ background: theme.surface, border: `1px solid ${theme.border}`, borderRadius: theme.radius, padding: '10px 12px', marginBottom: 10 }}>
      <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 8 }}>
        <h2 style={{ fontSize: 13, fontWeight: 600, margin: 0 }}>{title}</h2>
        {aside}
      </header>
      {children}
    </section>
  );
}
