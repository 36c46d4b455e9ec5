/**
 * Which PREVENT functions were associated in this JavaScript runtime. In the shared runtime the
 * functions bundle and the pane run in one window, so the ids the functions bundle hands to
 * CustomFunctions.associate are the pane's probe that the namespace answers here. The record
 * lives on globalThis because the two bundles share no module instances.
 */
const recordKey = "preventDividendAssociatedFunctions";

type Holder = { [recordKey]?: Set<string> };

function record(): Set<string> {
  const holder = globalThis as Holder;
  holder[recordKey] ??= new Set<string>();
  return holder[recordKey];
}

export function recordAssociation(id: string): void {
  record().add(id.toUpperCase());
}

/** Whether the function with this id (e.g. "RATEDIFF", without the namespace) was associated here. */
export function wasAssociated(id: string): boolean {
  return record().has(id.toUpperCase());
}
