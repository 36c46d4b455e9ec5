/** Messages the task pane raises as coded errors (src/taskpane); its other words are in src/taskpane/strings.ts. */
export const pane = {
  "pane.oneColumn": {
    de: "{argument:argument}: bitte eine Spalte angeben (eine Zelle je Person)",
    en: "{argument:argument}: give one column (one cell per person)",
  },
  "pane.sameRows": {
    de: "{argument:argument}: {cells:plural:# Zelle|# Zellen}, aber {other:argument} hat {expected:count}; bitte dieselben Zeilen angeben",
    en: "{argument:argument}: {cells:plural:# cell|# cells}, but {other:argument} has {expected:count}; give the same rows",
  },
} as const;
