/** What Fluent UI needs from a browser that jsdom lacks. Import before rendering. */
import { configure } from "@testing-library/react";

// Lazy sections and the engine load with import(); on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const browser = window as unknown as Record<string, unknown>;
browser.ResizeObserver ??= NoResizeObserver;
// jsdom has no object URLs; the gallery's download needs them.
URL.createObjectURL ??= () => "blob:test";
URL.revokeObjectURL ??= () => undefined;

