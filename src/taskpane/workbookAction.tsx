import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { WorkbookBusyError, type WorkbookAction } from "../office/workbookActions";
import { reason } from "./services";
import type { Strings } from "./strings";

/**
 * The pane's side of "one action at a time per workbook": which action runs, and a way to start
 * one that is refused at once (synchronously, so quick repeated clicks start one) while another
 * runs. Every button that starts an action is disabled while `running` is set.
 */
export interface WorkbookActionState {
  running: WorkbookAction | null;
  run<T>(action: WorkbookAction, work: () => Promise<T>): Promise<T>;
}

const ActionContext = createContext<WorkbookActionState | null>(null);

function useActionState(): WorkbookActionState {
  const [running, setRunning] = useState<WorkbookAction | null>(null);
  const current = useRef<WorkbookAction | null>(null);
  const run = useCallback(async <T,>(action: WorkbookAction, work: () => Promise<T>): Promise<T> => {
    if (current.current) throw new WorkbookBusyError(current.current, action);
    current.current = action;
    setRunning(action);
    try {
      return await work();
    } finally {
      current.current = null;
      setRunning(null);
    }
  }, []);
  return useMemo(() => ({ running, run }), [running, run]);
}

/** Holds the running action for every section of the pane. */
export function WorkbookActionProvider({ children }: { children: ReactNode }) {
  return <ActionContext.Provider value={useActionState()}>{children}</ActionContext.Provider>;
}

/** The pane's action state; a section shown on its own (outside the provider) keeps its own. */
export function useWorkbookAction(): WorkbookActionState {
  const own = useActionState();
  return useContext(ActionContext) ?? own;
}

/** The message for an action that failed or was refused. */
export function actionProblem(error: unknown, text: Strings): string {
  if (error instanceof WorkbookBusyError) return text.workbookBusy(error.running);
  return reason(error);
}
