// Quire built-in theme: highlight code blocks (highlight.js is bundled in the export, no network).
(function () {
  if (window.hljs) {
    document.querySelectorAll('pre code').forEach(function (block) {
      window.hljs.highlightElement(block);
    });
  }
})();
