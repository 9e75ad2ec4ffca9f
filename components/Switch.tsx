// An on/off switch that is a real button (role="switch"): reachable with Tab, toggled with Space or
// Enter, announced with its state. `label` names it for screen readers when no visible label points at it.
import { theme } from './theme';

export function Switch({ checked, onChange, label, testId, disabled }: { checked: boolean; onChange: (checked: boolean) => void; label: string; testId?: string; disabled?: boolean }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      data-testid={testId}
      disabled={disabled}
      onClick={() => onChange(!checked)}
      style={{
        flex: 'none',
        width: 34,
        height: 20,
        borderRadius: 10,
        border: 'none',
        padding: 2,
        cursor: disabled ? 'not-allowed' : 'pointer',
        background: checked ? theme.accentStrong : '#8f959e',
        transition: 'background 120ms',
      }}
    >
      <span aria-hidden style={{ display: 'block', width: 16, height: 16, borderRadius: 8, background: '#fff', transform: checked ? 'translateX(14px)' : 'none', transition: 'transform 120ms' }} />
    </button>
  );
}
