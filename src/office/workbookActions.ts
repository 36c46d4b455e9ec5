/**
 * One action at a time per workbook: an insertion, a wizard's write, a trial run or a freeze
 * changes sheets and names across several syncs, and a second one started meanwhile would choose
 * names from a workbook that is about to change, or take the first one's sheets for its own in a
 * clean-up. A request while another runs is refused before it touches the workbook.
 */

/** The actions that run one at a time. */
export type WorkbookAction = "insertion" | "wizardWrite" | "trialRun" | "freeze";

const englishNames: Record<WorkbookAction, string> = {
  insertion: "The insertion of a template",
  wizardWrite: "The writing of a comparison",
  trialRun: "A sensitivity run",
  freeze: "Freezing for sharing",
};

/** Refused: `running` still runs in this workbook; nothing of `requested` was done. */
export class WorkbookBusyError extends Error {
  constructor(
    readonly running: WorkbookAction,
    readonly requested: WorkbookAction,
  ) {
    super(`${englishNames[running]} is still running in this workbook. Wait until it has finished, then try again; nothing was started.`);
    this.name = "WorkbookBusyError";
  }
}

const running = new WeakMap<object, WorkbookAction>();

/** The action running in the workbook that `workbook` stands for, if any. */
export function runningAction(workbook: object): WorkbookAction | null {
  return running.get(workbook) ?? null;
}

/**
 * Runs `work` as `action` of the workbook `workbook` stands for (the Excel host, or an in-memory
 * workbook); rejects with a WorkbookBusyError at once, before `work` starts, while another runs.
 */
export async function oneAtATime<T>(workbook: object, action: WorkbookAction, work: () => Promise<T>): Promise<T> {
  const current = running.get(workbook);
  if (current) throw new WorkbookBusyError(current, action);
  running.set(workbook, action);
  try {
    return await work();
  } finally {
    running.delete(workbook);
  }
}
