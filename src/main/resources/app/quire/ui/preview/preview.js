/*
 * Quire preview page. Java loads this page once and then calls window.quire.* to patch the article in place.
 * Blocks are <div class="block"> elements grouped into <div class="chunk"> containers of about 64, so that a
 * patch only re-lays out one small container. The page talks back through window.quireBridge (set by Java).
 */
(function () {
  'use strict';

  var CHUNK = 64;
  var MAX_CHUNK = 128;
  var SEPARATOR = '\u001e';

  var content = null;
  var header = null;
  var blocks = [];          // every block element, in document order
  var caret = null;         // the block marked 'caret-block'
  var sync = true;
  var quietUntil = 0;       // scroll events before this time come from us: do not report them
  var anchor = null;        // {block, fraction, y}: the point that stays put when images change heights
  var scrollTimer = 0;
  var reanchorTimer = 0;

  function bridge() {
    return window.quireBridge || null;
  }

  function newChunk() {
    var chunk = document.createElement('div');
    chunk.className = 'chunk';
    return chunk;
  }

  /* A detached element parses each block on its own: unbalanced raw HTML cannot spill into its neighbours. */
  function newBlock(html) {
    var block = document.createElement('div');
    block.className = 'block';
    block.innerHTML = html;
    return block;
  }

  function splitChunk(chunk) {
    if (chunk.children.length <= MAX_CHUNK) {
      return;
    }
    var tail = Array.prototype.slice.call(chunk.children, CHUNK);
    var before = chunk.nextSibling;
    var target = null;
    for (var i = 0; i < tail.length; i++) {
      if (i % CHUNK === 0) {
        target = newChunk();
        content.insertBefore(target, before);
      }
      target.appendChild(tail[i]);
    }
  }

  function highlight(made) {
    if (!window.hljs) {
      return;
    }
    for (var i = 0; i < made.length; i++) {
      var codes = made[i].querySelectorAll('pre code');
      for (var j = 0; j < codes.length; j++) {
        var match = /(?:^|\s)language-([\w+#.-]+)/.exec(codes[j].className);
        if (match && window.hljs.getLanguage(match[1])) {
          try {
            window.hljs.highlightElement(codes[j]);
          } catch (e) {
            codes[j].setAttribute('data-highlight-error', String(e));
          }
        }
      }
    }
  }

  /*
   * Replaces removeCount blocks at index from with count new ones (their HTML joined by U+001E).
   * Returns the page height, which also flushes layout so the change is painted on the next pulse.
   */
  function patch(from, removeCount, joined, count) {
    var htmls = count > 0 ? joined.split(SEPARATOR) : [];
    var made = [];
    var i;
    if (removeCount === 1 && htmls.length === 1) {
      var old = blocks[from];
      var fresh = newBlock(htmls[0]);
      old.parentNode.replaceChild(fresh, old);
      blocks[from] = fresh;
      made.push(fresh);
    } else {
      var after = from + removeCount < blocks.length ? blocks[from + removeCount] : null;
      var before = from > 0 ? blocks[from - 1] : null;
      for (i = from; i < from + removeCount; i++) {
        var parent = blocks[i].parentNode;
        parent.removeChild(blocks[i]);
        if (!parent.firstChild) {
          parent.parentNode.removeChild(parent);
        }
      }
      for (i = 0; i < htmls.length; i++) {
        made.push(newBlock(htmls[i]));
      }
      if (made.length > 0) {
        if (after || before) {
          var fragment = document.createDocumentFragment();
          for (i = 0; i < made.length; i++) {
            fragment.appendChild(made[i]);
          }
          var chunk = after ? after.parentNode : before.parentNode;
          chunk.insertBefore(fragment, after ? after : before.nextSibling);
          splitChunk(chunk);
        } else {
          var target = null;
          for (i = 0; i < made.length; i++) {
            if (i % CHUNK === 0) {
              target = newChunk();
              content.appendChild(target);
            }
            target.appendChild(made[i]);
          }
        }
      }
      Array.prototype.splice.apply(blocks, [from, removeCount].concat(made));
    }
    highlight(made);
    return document.body.offsetHeight;
  }

  function setHeader(html) {
    header.innerHTML = html;
    return document.body.offsetHeight;
  }

  function mark(index) {
    var block = index >= 0 && index < blocks.length ? blocks[index] : null;
    if (caret === block) {
      return;
    }
    if (caret) {
      caret.classList.remove('caret-block');
    }
    caret = block;
    if (caret) {
      caret.classList.add('caret-block');
    }
  }

  function pointY(block, fraction) {
    var rect = block.getBoundingClientRect();
    return rect.top + rect.height * fraction;
  }

  function scrollByQuietly(dy) {
    if (Math.abs(dy) < 0.5) {
      return;
    }
    quietUntil = Date.now() + 300;
    window.scrollTo(0, window.pageYOffset + dy);
  }

  /*
   * Marks the block and, when scroll is true, scrolls the point at fraction of it into view (a third down).
   * The anchor holds the element, not its index, so patches before it cannot make it point elsewhere.
   */
  function reveal(index, fraction, scroll) {
    var previous = caret;
    mark(index);
    if (index < 0 || index >= blocks.length) {
      return;
    }
    var block = blocks[index];
    if (!scroll) {
      if (anchor && anchor.block === previous && previous !== block && !previous.isConnected) {
        anchor = {block: block, fraction: fraction, y: anchor.y};
      }
      return;
    }
    var height = window.innerHeight;
    var y = pointY(block, fraction);
    if (y < height * 0.1 || y > height * 0.85) {
      scrollByQuietly(y - height / 3);
      y = height / 3;
    }
    anchor = {block: block, fraction: fraction, y: y};
  }

  /* Index of the first block whose bottom is below the top of the viewport, or -1. */
  function topBlock() {
    var lo = 0;
    var hi = blocks.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (blocks[mid].getBoundingClientRect().bottom > 0) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  function reportScroll() {
    var index = topBlock();
    if (index < 0) {
      return;
    }
    var rect = blocks[index].getBoundingClientRect();
    var fraction = rect.height > 0 ? Math.min(1, Math.max(0, -rect.top / rect.height)) : 0;
    anchor = {block: blocks[index], fraction: fraction, y: 0};
    var java = bridge();
    if (sync && java) {
      java.scrolled(index, fraction);
    }
  }

  function reanchor() {
    if (anchor && anchor.block.isConnected) {
      scrollByQuietly(pointY(anchor.block, anchor.fraction) - anchor.y);
    }
  }

  function scrollToId(id) {
    var name;
    try {
      name = decodeURIComponent(id);
    } catch (e) {
      name = id;
    }
    var target = document.getElementById(name) || document.getElementsByName(name)[0];
    if (target) {
      window.scrollTo(0, window.pageYOffset + target.getBoundingClientRect().top - 16);
    }
  }

  function describe(src) {
    if (!src) {
      return '(no path)';
    }
    if (src.indexOf('file:') === 0) {
      try {
        return decodeURIComponent(src.replace(/^file:(\/\/localhost)?(\/\/)?/, ''));
      } catch (e) {
        return src;
      }
    }
    return src;
  }

  function onError(event) {
    var image = event.target;
    if (!image || image.tagName !== 'IMG' || image.classList.contains('image-broken')) {
      return;
    }
    image.classList.add('image-broken');
    var note = document.createElement('span');
    note.className = 'image-missing';
    var path = describe(image.getAttribute('src'));
    note.textContent = 'Image not found: ' + path;
    note.title = path;
    image.parentNode.insertBefore(note, image.nextSibling);
  }

  function onLoad(event) {
    if (event.target && event.target.tagName === 'IMG') {
      clearTimeout(reanchorTimer);
      reanchorTimer = setTimeout(reanchor, 30);
    }
  }

  function onClick(event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    var href = link.getAttribute('href');
    if (href.charAt(0) === '#') {
      scrollToId(href.substring(1));
      return;
    }
    var java = bridge();
    if (java) {
      java.openLink(link.href);
    }
  }

  function onScroll() {
    if (Date.now() < quietUntil) {
      return;
    }
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(reportScroll, 80);
  }

  function setDark(dark) {
    var root = document.documentElement.classList;
    root.toggle('dark', !!dark);
    root.toggle('light', !dark);
  }

  function setSync(on) {
    sync = !!on;
  }

  document.addEventListener('error', onError, true);
  document.addEventListener('load', onLoad, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('submit', function (event) { event.preventDefault(); }, true);
  // a file dropped on the preview would otherwise replace the page with that file
  document.addEventListener('dragover', function (event) { event.preventDefault(); }, true);
  document.addEventListener('drop', function (event) { event.preventDefault(); }, true);
  window.addEventListener('scroll', onScroll);
  document.addEventListener('DOMContentLoaded', function () {
    content = document.getElementById('content');
    header = document.getElementById('article-header');
  });
  if (window.hljs) {
    window.hljs.configure({ignoreUnescapedHTML: true});
  }

  window.quire = {
    patch: patch,
    setHeader: setHeader,
    reveal: reveal,
    mark: mark,
    setDark: setDark,
    setSync: setSync,
    blockCount: function () { return blocks.length; }
  };
}());
