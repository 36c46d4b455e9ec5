import type { TemplateDefinition } from "../../src/templates/model";

/** A two-sheet template small enough to check every cell by eye. */
export const tinyTemplate: TemplateDefinition = {
  id: "tiny",
  version: "1.0.0",
  title: { de: "Klein", en: "Tiny" },
  purpose: { de: "Zwei Blätter zum Nachprüfen", en: "Two sheets to check by eye" },
  sheets: [
    {
      key: "inputs",
      name: { de: "Annahmen", en: "Inputs" },
      columnWidths: [30, 12],
      protect: true,
      rows: [
        { kind: "title", text: { de: "Klein", en: "Tiny" } },
        {
          kind: "input",
          name: "rate",
          label: { de: "Zins", en: "Rate" },
          value: 0.035,
          low: 0.015,
          high: 0.05,
          unit: { de: "pro Jahr", en: "per year" },
          grade: "B",
          source: { de: "Green Book", en: "Green Book" },
          format: "percent",
          validation: { kind: "decimal", minimum: 0, maximum: 0.2, message: { de: "0 bis 20 %", en: "0 to 20 %" } },
        },
        { kind: "result", name: "factor", label: { de: "Faktor", en: "Factor" }, formula: "=1/(1+{rate})", format: "decimalPrecise" },
      ],
    },
    {
      key: "flows",
      name: { de: "Zahlungen", en: "Flows" },
      columnWidths: [30, 12, 12, 12],
      yearColumns: 3,
      protect: true,
      rows: [
        { kind: "yearHeader", label: { de: "Jahr", en: "Year" } },
        {
          kind: "years",
          key: "discount",
          label: { de: "Abzinsung", en: "Discount" },
          formula: "={factor}^{year}",
          format: "decimalPrecise",
        },
        {
          kind: "years",
          key: "cumulative",
          label: { de: "Summe", en: "Sum" },
          formula: "=SUM({@discount:first}:{@discount})",
          format: "decimalPrecise",
        },
      ],
      charts: [
        {
          kind: "line",
          title: { de: "Summe", en: "Sum" },
          seriesRows: ["cumulative"],
          from: { column: 5, row: 1 },
          to: { column: 10, row: 12 },
        },
      ],
    },
  ],
};
