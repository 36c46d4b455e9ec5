/* Loaded before the bundles, in any engine: ES5 only, no eval (the page's Content-Security-Policy
   forbids it). Where the webview lacks what the bundles need, the pane says so in one sentence
   instead of staying blank: Internet Explorer 11's engine, which Windows uses for an add-in with a
   shared runtime when WebView2 is missing (manifest "Runtimes" element reference), and Safari
   before 16.4 on the Mac. The bundles need regular-expression lookbehind (built at load time)
   and class static blocks (in tabster, under Fluent UI); static blocks cannot be detected without eval, so
   structuredClone stands in for the engine generation: Chrome 98, Firefox 94, Safari 15.4, where
   static blocks came with Chrome 94, Firefox 93 and, with lookbehind, Safari 16.4 (MDN
   compatibility tables). */
/* global window, document */
(function () {
  function supported() {
    try {
      new RegExp("(?<=a)b");
      // ES5 has no catch without a binding.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (error) {
      return false;
    }
    return typeof window.structuredClone === "function";
  }

  if (supported()) return;
  var root = document.getElementById("root");
  if (!root) return;
  root.setAttribute("role", "alert");
  root.textContent =
    "Dieses Excel kann das Add-in nicht anzeigen: seine Browser-Komponente ist zu alt (Windows: Microsoft Edge WebView2 installieren; Mac: macOS mit Safari 16.4 oder neuer). " +
    "This Excel cannot show the add-in: its web view is too old (Windows: install Microsoft Edge WebView2; Mac: macOS with Safari 16.4 or later).";
})();
