// A dashed drop-in box with a multi-file input: what the popup's data imports all look like.
import { theme } from './theme';

export interface FilePickerProps {
  testId: string;
  label: string;
  hint: string;
  disabled: boolean;
  onFiles: (files: FileList | null) => void;
  /** File types offered by the chooser (the import still recognises each file by its content). */
  accept?: string;
}

export function FilePicker({ testId, label, hint, disabled, onFiles, accept = '.csv,.xlsx,.json,.jsonl,.txt' }: FilePickerProps) {
  return (
    <label data-testid={testId} style={{ display: 'block', border: `1px dashed ${theme.border}`, borderRadius: 6, padding: '8px 10px', cursor: 'pointer', background: theme.subtle }}>
      <span style={{ color: theme.accentStrong, fontWeight: 600 }}>{label}</span>
      <input
        type="file"
        multiple
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          onFiles(e.currentTarget.files);
          // Choosing the same file again must fire again.
          e.currentTarget.value = '';
        }}
        style={{ display: 'block', marginTop: 4, fontSize: 11, maxWidth: '100%' }}
      />
      <span style={{ display: 'block', fontSize: 11, color: theme.muted, marginTop: 4 }}>{hint}</span>
    </label>
  );
}
