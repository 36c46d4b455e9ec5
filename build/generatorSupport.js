/* Stands in for @stdlib/assert-has-generator-support in the browser bundles. That package finds
   out by compiling a string with Function(), which the page's Content-Security-Policy refuses
   (and reports as a violation). Every webview the add-in supports runs generator functions. */
module.exports = function hasGeneratorSupport() {
  return true;
};
