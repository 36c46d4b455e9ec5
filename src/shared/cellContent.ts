/**
 * What a worksheet cell holds, host-neutral: a number, a text, a boolean, empty (null), or a
 * formula in Excel's en-US syntax (a text starting with "="). The templates, the workbook port
 * and the task pane all speak in these.
 */
export type CellContent = number | string | boolean | null;
