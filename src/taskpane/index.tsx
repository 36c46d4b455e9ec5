import { createRoot } from "react-dom/client";
import { App } from "./App";
import { templateLibrary } from "./gallery/templateLibrary";
import { startHost } from "./startup";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");

startHost().then(
  (host) => {
    const services = { port: host.port, preview: host.preview, templates: templateLibrary, files: host.files, examples: host.examples };
    createRoot(container).render(<App services={services} initialLanguage={host.language} />);
  },
  (error: unknown) => {
    container.textContent = `Prevention Dividend could not start: ${error instanceof Error ? error.message : String(error)}`;
  },
);
