/**
 * Handing a generated file to the user. A page saves a file through a download link; Excel for
 * Mac's webview (WKWebView) ignores such links without a word (office-js#2700, closed "by
 * design"; office-js#3385), so there the file is opened in the system browser with
 * Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1), from the copy the hosting
 * server holds under templates/ (npm run templates) — the workaround Microsoft names in
 * office-js#3662. Nobody can see whether a download link worked: the answer says "started".
 */

/** What happened to the file: a download was started (not known to have arrived), the system browser was asked to open it, or neither can work here. */
export type Delivery = "download started" | "opened in browser" | "unavailable";

export interface FileDelivery {
  /** `hostedPath`: where the hosting server may hold the same file, relative to the pane's page. */
  deliver(file: Blob, name: string, hostedPath: string): Promise<Delivery>;
}

/** Saves through a download link, without leaving the page. */
export function saveWithLink(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** In a plain browser (the preview): the download link. */
export const browserFileDelivery: FileDelivery = {
  deliver: async (file, name) => {
    saveWithLink(file, name);
    return "download started";
  },
};

function onMac(): boolean {
  try {
    return Office.context.platform === Office.PlatformType.Mac;
  } catch {
    return false;
  }
}

/** Inside Excel: the download link, except on the Mac, where the system browser fetches the hosted copy. */
export function officeFileDelivery(
  save: (file: Blob, name: string) => void = saveWithLink,
  baseUrl: string = document.baseURI,
): FileDelivery {
  return {
    deliver: async (file, name, hostedPath) => {
      if (!onMac()) {
        save(file, name);
        return "download started";
      }
      if (!Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) return "unavailable";
      const url = new URL(hostedPath, baseUrl).href;
      // Same origin as the pane: allowed by its connect-src 'self', and nothing leaves the add-in's server.
      const hosted = await fetch(url, { method: "HEAD" }).then(
        (response) => response.ok,
        () => false,
      );
      if (!hosted) return "unavailable";
      Office.context.ui.openBrowserWindow(url);
      return "opened in browser";
    },
  };
}
