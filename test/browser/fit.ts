import type { Page } from "playwright-core";

/** What does not fit: sideways scrolling of the page or a section, boxes past the right edge, overlapping controls. */
export async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? "#" + element.id : ""} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);
    const sections = [...document.querySelectorAll("header, nav, main, section, [role=tabpanel], form, fieldset, table, ul, dl")];
    for (const section of sections) {
      const box = section.getBoundingClientRect();
      if (box.width === 0) continue;
      if (section.scrollWidth > section.clientWidth + 1 && getComputedStyle(section).overflowX !== "visible")
        problems.push(`${describe(section)}: scrollWidth ${section.scrollWidth} > clientWidth ${section.clientWidth}`);
      if (section.scrollWidth > Math.ceil(box.width) + 1)
        problems.push(`${describe(section)}: content ${section.scrollWidth} px in ${box.width} px`);
    }
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 1 && box.height > 1 && style.visibility !== "hidden" && style.display !== "none";
    };
    for (const element of document.body.querySelectorAll("*")) {
      if (!visible(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.right > root.clientWidth + 0.5)
        problems.push(`${describe(element)}: right edge ${Math.round(box.right)} > ${root.clientWidth}`);
    }
    const controls = [...document.querySelectorAll("button, input:not([type=file]), select, textarea, [role=combobox], [role=tab]")].filter(
      (element) => visible(element) && !element.closest("[hidden]"),
    );
    for (let i = 0; i < controls.length; i++)
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i].getBoundingClientRect();
        const b = controls[j].getBoundingClientRect();
        if (controls[i].contains(controls[j]) || controls[j].contains(controls[i])) continue;
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const tall = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlap > 1 && tall > 1) problems.push(`${describe(controls[i])} overlaps ${describe(controls[j])}`);
      }
    return [...new Set(problems)];
  });
}
