import type { ReactNode } from 'react';

/** One column of a Table: its heading and each row's cell. */
export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell names its row (a `<th scope="row">`): the first column, usually. */
  rowHeader?: boolean;
  /** Numbers, aligned right. */
  numeric?: boolean;
  /** A stacked table shows each cell with its heading (`data-label`); this column's cells without. */
  unlabelled?: boolean;
  /** A class for the column's heading (its width). */
  headerClassName?: string;
}

/**
 * A GOV.UK table of `rows` with a caption (shown as a medium heading, or to
 * screen readers only). A stacked table (`app-table--stacked`) puts each
 * row's cells one under another below 641 px, each labelled with its
 * column's heading, so that nothing scrolls sideways at 320 CSS pixels.
 */
export function Table<Row>({
  caption,
  captionShown = false,
  stacked = false,
  columns,
  rows,
  rowKey,
  rowAttributes,
  testId,
}: {
  caption: ReactNode;
  captionShown?: boolean;
  stacked?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** Attributes of each row's `<tr>` (its data-testid), for tests and for the row's own styling. */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string | number>;
  testId?: string;
}) {
  const captionClass = captionShown ? 'govuk-table__caption govuk-table__caption--m' : 'govuk-table__caption govuk-visually-hidden';
  return (
    <table className={stacked ? 'govuk-table app-table--stacked' : 'govuk-table'} data-testid={testId}>
      <caption className={captionClass}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th scope="col" className={headerClass(column)} key={index}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={rowKey(row)} {...rowAttributes?.(row)}>
            {columns.map((column, index) => (
              <Cell key={index} column={column} row={row} stacked={stacked} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function headerClass(column: Column<never>): string {
  return ['govuk-table__header', column.numeric ? 'govuk-table__header--numeric' : '', column.headerClassName ?? '']
    .filter(Boolean)
    .join(' ');
}

function Cell<Row>({ column, row, stacked }: { column: Column<Row>; row: Row; stacked: boolean }) {
  const label = stacked && !column.unlabelled && typeof column.header === 'string' ? column.header : undefined;
  if (column.rowHeader) {
    return (
      <th scope="row" className="govuk-table__header" data-label={label}>
        {column.cell(row)}
      </th>
    );
  }
  return (
    <td className={column.numeric ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell'} data-label={label}>
      {column.cell(row)}
    </td>
  );
}
