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

/*
 * jsdom lays nothing out: every offsetParent is null and <body> measures 0 × 0. Tabster (Fluent's
 * focus manager) reads both to decide whether an element is visible, so in jsdom it finds no
 * focusable element in a dialog; the dialog then focuses its own surface before Tabster has
 * registered it as a modal, never becomes the active modal, and Tabster hides it from assistive
 * technology with aria-hidden="true" (where `findByRole` cannot see it). A browser lays the
 * dialog out and focuses its first button, so here an element counts as laid out unless it or an
 * ancestor is hidden, and <body> has the size of the window.
 */
function laidOut(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    if (node.hidden || window.getComputedStyle(node).display === "none") return false;
  }
  return element.isConnected;
}

Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    if (this === document.body || !laidOut(this)) return null;
    return this.parentElement ?? document.body;
  },
});

const bodyRectangle = document.body.getBoundingClientRect.bind(document.body);
document.body.getBoundingClientRect = () => {
  const rectangle = bodyRectangle();
  return rectangle.width === 0 && rectangle.height === 0 ? new DOMRect(0, 0, window.innerWidth, window.innerHeight) : rectangle;
};
