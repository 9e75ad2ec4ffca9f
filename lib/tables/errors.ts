// An input error names where it is: the file, and when it applies the row (1-based, as a spreadsheet
// shows it) and the column (by its header). The CLI prints it on one line and exits 2.
export interface Place {
  file?: string;
  row?: number;
  column?: string;
}

export class InputError extends Error {
  constructor(
    readonly reason: string,
    readonly place: Place = {},
  ) {
    super(formatPlace(place) + reason);
    this.name = 'InputError';
  }
}

export function formatPlace({ file, row, column }: Place): string {
  const parts = [file, row !== undefined ? `row ${row}` : undefined, column !== undefined ? `column ${column}` : undefined].filter(Boolean);
  return parts.length ? parts.join(', ') + ': ' : '';
}
