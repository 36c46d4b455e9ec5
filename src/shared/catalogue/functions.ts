/** Messages of the custom-function adapters (src/functions): what a cell or an argument holds. */
export const functions = {
  "cells.wrongCell": { de: "{cell:cell} enthält {shown}, erwartet {expected}", en: "{cell:cell} is {shown}, expected {expected}" },
} as const;
