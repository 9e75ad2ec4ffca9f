// Table cells by column position, as a reader sees them: a cell with rowspan stands in every row it
// covers, so the rows it spans keep their columns aligned with the header (a spanning 颜色 cell on an
// editor's SKU table, an order's 买家/交易状态/实收款 cells beside its item rows).
const isCell = (el: Element) => el.tagName === 'TD' || el.tagName === 'TH';

/** Each row's cells by column (`cells` picks a row's own cells; <td>/<th> children by default). */
export function cellGrid(rows: readonly Element[], cells: (row: Element) => Element[] = (row) => [...row.children].filter(isCell)): Element[][] {
  const covered: { until: number; cell: Element }[] = [];
  return rows.map((row, r) => {
    const out: Element[] = [];
    const skipCovered = () => {
      for (let c = covered[out.length]; c && c.until > r; c = covered[out.length]) out.push(c.cell);
    };
    for (const cell of cells(row)) {
      skipCovered();
      const span = Number(cell.getAttribute('rowspan')) || 1;
      if (span > 1) covered[out.length] = { until: r + span, cell };
      out.push(cell);
    }
    skipCovered();
    return out;
  });
}
