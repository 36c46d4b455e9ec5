import type { StyleKey } from "./model";

/** How each style looks; both renderers read this one table. Colours are RGB hex without '#'. */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  border?: boolean;
}

export const looks: Record<StyleKey, CellLook> = {
  title: { bold: true, size: 14, fontColor: "1F4E79" },
  heading: { bold: true, size: 12, fontColor: "1F4E79" },
  label: {},
  input: { fill: "FFF2CC", fontColor: "1F3864", border: true },
  result: { fill: "E2EFDA" },
  keyResult: { bold: true, fill: "C6E0B4", border: true },
  columnHeader: { bold: true, fill: "D9E1F2" },
  wrappedColumnHeader: { bold: true, fill: "D9E1F2", wrap: true },
  note: { italic: true, fontColor: "595959" },
  wrappedNote: { italic: true, fontColor: "595959", wrap: true },
  warning: { bold: true, fontColor: "C00000" },
  method: { wrap: true },
  // Excel's preset "Light red fill with dark red text": set apart from the green results and the yellow inputs.
  flagged: { bold: true, fill: "FFC7CE", fontColor: "9C0006" },
  headline: { bold: true, size: 13, wrap: true },
  sentence: { wrap: true },
  caution: { bold: true, fontColor: "C00000", wrap: true },
};
