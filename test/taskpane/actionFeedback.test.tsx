/** @jest-environment jsdom */
import "./jsdomShims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { ActionFeedback, progressDelay, type Outcome } from "../../src/taskpane/feedback/ActionFeedback";

function shown(outcome: Outcome | null, working: string | null) {
  return (
    <FluentProvider theme={webLightTheme}>
      <ActionFeedback outcome={outcome} working={working} />
    </FluentProvider>
  );
}

describe("feedback next to the control that started an action", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("shows what is happening only once the work has taken a second, and not after it ended", () => {
    const view = render(shown(null, "Reading cohort.csv …"));
    act(() => jest.advanceTimersByTime(progressDelay - 1));
    expect(screen.queryByText("Reading cohort.csv …")).toBeNull();
    act(() => jest.advanceTimersByTime(1));
    expect(screen.getByText("Reading cohort.csv …")).toBeTruthy();
    view.rerender(shown({ intent: "success", message: "Inserted." }, null));
    expect(screen.queryByText("Reading cohort.csv …")).toBeNull();
  });

  it("announces the outcome in a live region that was there before it, scrolls it into view, and lets it go", () => {
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = scrolled;
    const view = render(shown(null, null));
    const region = view.container.querySelector("[aria-live=polite]")!;
    expect(region.textContent).toBe("");
    view.rerender(shown({ intent: "error", message: "c.csv, line 3: …", details: ["one", "two"] }, null));
    expect(region.textContent).toContain("c.csv, line 3: …");
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["one", "two"]);
    expect(scrolled).toHaveBeenCalledTimes(1);
    view.rerender(shown(null, null));
    expect(region.textContent).toBe("");
  });
});
