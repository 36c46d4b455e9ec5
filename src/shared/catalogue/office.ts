/** Messages of the Office adapters (src/office): what the host refuses and why. */
export const office = {} as const;
