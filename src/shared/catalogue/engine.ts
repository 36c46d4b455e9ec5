/** Messages of the engine's coded errors (src/engine): wrong values and too little data. */
export const engine = {
  "engine.notFinite": {
    de: "{argument:argument}: {value} ist keine endliche Zahl",
    en: "{argument:argument}: {value} is not a finite number",
  },
} as const;
