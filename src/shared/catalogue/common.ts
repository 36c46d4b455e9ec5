/** Words every part of the add-in uses: the product's name, positions in a range, plain values. */
export const common = {
  "product.name": { de: "Präventionsdividende", en: "Prevention Dividend" },
  "position.row": { de: "Zeile {row} von {argument}", en: "row {row} of {argument}" },
  "position.column": { de: "Spalte {column} von {argument}", en: "column {column} of {argument}" },
  "position.rowColumn": { de: "Zeile {row}, Spalte {column} von {argument}", en: "row {row}, column {column} of {argument}" },
  "position.withAddress": { de: "Zelle {address} ({where})", en: "cell {address} ({where})" },
  "position.paneCell": { de: "{field}: Zelle {address}", en: "{field}: cell {address}" },
  "position.notA1": { de: "„{address}“ ist keine Zellangabe der Form A1", en: "'{address}' is not an A1 address" },
  "value.true": { de: "WAHR", en: "TRUE" },
  "value.false": { de: "FALSCH", en: "FALSE" },
  "value.notANumber": { de: "keine Zahl", en: "not a number" },
  "value.percentagePoints": { de: "{points} Prozentpunkte", en: "{points} percentage points" },
  "value.quoted": { de: "„{text}“", en: "'{text}'" },
  "error.unexpected": { de: "Nicht ausführbar: {detail}", en: "Could not complete: {detail}" },
  /**
   * A message not yet in the catalogue (`invalidValue("…")` in code written before it). The
   * catalogue test lists every use, so none stays.
   */
  "legacy.text": { de: "{text}", en: "{text}" },
} as const;
