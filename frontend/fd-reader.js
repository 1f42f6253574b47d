/*
 * <fd-reader>: Factdesk's reader. Renders a document's text in paragraphs, draws claims and
 * attribution spans as highlights, and turns the reader's selection into code-point offsets.
 *
 * Plain JavaScript, no build step: loaded as a classic script with @JavaScript("context://frontend/fd-reader.js").
 *
 * Offsets are Unicode code points in the canonical text (an emoji is one position), as the REST API
 * and exports count them. Highlights use the CSS Custom Highlight API where the browser has it: no
 * element is inserted into the text, so a highlight is added or removed without re-rendering
 * anything, and overlapping claims cost nothing extra. Browsers without it get <mark> elements.
 *
 * Server → element (callJsFunction): load, upsertClaims, removeClaims, select, setFilter, setSpans, replaceSpans,
 *   setSuggestions, clearSelection.
 * Element → server (events): fd-create-claim {start, end}, fd-select-claim {id, ids},
 *   fd-selection {start, end, text}, fd-visible-claim {id}, fd-select-suggestion {key}.
 */
(() => {
  if (customElements.get('fd-reader')) {
    return;
  }

  const HIGHLIGHTS = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

  /** Arguments from the server arrive as JSON strings. */
  function arg(x) {
    return typeof x === 'string' ? JSON.parse(x) : x;
  }

  /** Code points in a string. */
  /** Lines longer than this many UTF-16 units are shown as several paragraphs, cut after a space. */
  const PIECE = 20000;

  function split(line) {
    if (line.length <= PIECE) {
      return [line];
    }
    const pieces = [];
    let from = 0;
    while (line.length - from > PIECE) {
      let cut = line.lastIndexOf(' ', from + PIECE);
      if (cut <= from) {
        cut = from + PIECE;
        const code = line.charCodeAt(cut);
        if (code >= 0xDC00 && code <= 0xDFFF) {
          cut--; // never between the two halves of a character
        }
      } else {
        cut++; // the space stays with the piece before it
      }
      pieces.push(line.slice(from, cut));
      from = cut;
    }
    pieces.push(line.slice(from));
    return pieces;
  }

  function cpLength(s) {
    if (!ASTRAL.test(s)) {
      return s.length;
    }
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
        }
      }
      n++;
    }
    return n;
  }

  /** UTF-16 index of a code-point offset within a string. */
  function utf16At(s, cp) {
    let i = 0;
    let n = 0;
    while (n < cp && i < s.length) {
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      n++;
    }
    return i;
  }

  class FdReader extends HTMLElement {
    constructor() {
      super();
      this._paras = []; // {el, start, len, astral, text}
      this._claims = new Map(); // id -> {id, start, end, status, flag}
      this._spans = []; // attribution spans {claimId, kind, start, end}
      this._suggestions = []; // {key, start, end, score}
      this._hidden = new Set(); // statuses filtered out
      this._selected = null;
      this._text = '';
      this._length = 0;
      this._pending = null;
    }

    connectedCallback() {
      if (this._root) {
        return;
      }
      this.classList.add('fd-reader');
      this._root = document.createElement('div');
      this._root.className = 'fd-reader-text';
      this._root.tabIndex = 0;
      this._root.setAttribute('role', 'document');
      this._root.setAttribute('aria-label', 'Document text. Select words to create a claim; n and p move between claims.');
      this._popover = document.createElement('div');
      this._popover.className = 'fd-reader-popover';
      this._popover.hidden = true;
      const create = document.createElement('button');
      create.type = 'button';
      create.className = 'fd-create-claim';
      create.textContent = 'Create claim';
      const hint = document.createElement('kbd');
      hint.textContent = 'Enter';
      create.append(' ', hint);
      create.addEventListener('mousedown', (e) => e.preventDefault());
      create.addEventListener('click', () => this._createFromSelection());
      this._popover.append(create);
      this.append(this._root, this._popover);

      this._root.addEventListener('mouseup', () => setTimeout(() => this._onSelectionChange(), 0));
      this._root.addEventListener('keyup', (e) => {
        if (e.shiftKey || e.key.startsWith('Arrow')) {
          this._onSelectionChange();
        }
      });
      this._root.addEventListener('keydown', (e) => this._onKey(e));
      this._root.addEventListener('click', (e) => this._onClick(e));
      this._root.addEventListener('scroll', () => this._onScroll(), { passive: true });
      if (this._pending) {
        const [text, claims] = this._pending;
        this._pending = null;
        this.load(text, claims);
      }
    }

    disconnectedCallback() {
      if (HIGHLIGHTS && this._ownsHighlights()) {
        for (const name of CSS.highlights.keys()) {
          if (name.startsWith('fd-')) {
            CSS.highlights.delete(name);
          }
        }
      }
    }

    /** Renders a text and its claims: claims are [id, start, end, status, flag] arrays. */
    load(text, claims) {
      claims = arg(claims);
      if (!this._root) {
        this._pending = [text, claims];
        return;
      }
      const t0 = performance.now();
      this._text = text;
      this._paras = [];
      this._pairs = new Map();
      this._claims.clear();
      this._selected = null;
      // Marks drawn on the old text are no ranges of the new one: the next setSpans draws them afresh.
      this._spanRanges = null;
      const fragment = document.createDocumentFragment();
      const lines = text.split('\n');
      let start = 0;
      for (let i = 0; i < lines.length; i++) {
        // A line of hundreds of thousands of words (a paste without line breaks) is shown in pieces:
        // laid out as one paragraph it kept Chromium busy for half a minute (issue 36).
        const pieces = split(lines[i]);
        for (let k = 0; k < pieces.length; k++) {
          const line = pieces[k];
          const p = document.createElement('p');
          p.dataset.i = String(this._paras.length);
          if (line.length === 0) {
            p.className = 'fd-empty';
          } else if (pieces.length > 1) {
            p.className = k === 0 ? 'fd-piece-first' : k === pieces.length - 1 ? 'fd-piece-last' : 'fd-piece';
          }
          p.textContent = line;
          fragment.append(p);
          const astral = ASTRAL.test(line);
          const len = astral ? cpLength(line) : line.length;
          const newline = k === pieces.length - 1;
          this._paras.push({ el: p, start, len, astral, text: line, newline });
          start += len + (newline ? 1 : 0);
        }
      }
      this._length = Math.max(0, start - 1);
      this._root.replaceChildren(fragment);
      for (const c of claims || []) {
        this._putClaim(c);
      }
      if (this._ownsHighlights()) {
        // The reader takes over from the first paint (below) in the same frame: no flash between them.
        const first = document.getElementById('fd-first-paint');
        if (first) {
          first.remove();
        }
      }
      this._redraw();
      // Two frames: the first lays the text out, the second has painted it with its highlights.
      requestAnimationFrame(() => requestAnimationFrame(() => this._rendered(t0)));
    }

    _rendered(t0) {
      this.dataset.rendered = String(this._claims.size);
      window.__fdReaderRendered = performance.now();
      window.__fdReaderRenderMs = performance.now() - t0;
      this.dispatchEvent(new CustomEvent('fd-rendered', { detail: { claims: this._claims.size } }));
    }

    /** Adds or replaces claims without touching the text. */
    upsertClaims(claims) {
      for (const c of arg(claims)) {
        const old = this._claims.get(c[0]);
        if (old && HIGHLIGHTS) {
          this._unpaint(old);
        }
        this._claims.delete(c[0]);
        this._putClaim(c);
        const now = this._claims.get(c[0]);
        if (now && HIGHLIGHTS) {
          this._paint(now);
        }
      }
      if (!HIGHLIGHTS) {
        this._redraw();
      } else {
        this._redrawSelection();
      }
      window.__fdLastUpsert = performance.now();
    }

    removeClaims(ids) {
      for (const id of arg(ids)) {
        const old = this._claims.get(id);
        if (old && HIGHLIGHTS) {
          this._unpaint(old);
        }
        this._claims.delete(id);
        if (this._selected === id) {
          this._selected = null;
        }
      }
      if (!HIGHLIGHTS) {
        this._redraw();
      } else {
        this._redrawSelection();
      }
    }

    /** Marks one claim as selected and scrolls it into view. */
    select(id, scroll) {
      this._selected = id != null && this._claims.has(id) ? id : null;
      this._redrawSelection();
      if (this._selected != null && scroll !== false) {
        this._scrollTo(this._claims.get(this._selected).start);
      }
    }

    /** Hides the claims whose status is in the list. */
    setFilter(hiddenStatuses) {
      this._hidden = new Set(arg(hiddenStatuses) || []);
      this._redraw();
    }

    /** Attribution spans: [{claimId, kind: 'SOURCE'|'CUE', start, end}]. */
    setSpans(spans) {
      this._spans = arg(spans) || [];
      this._redrawSpans();
    }

    /** Replaces the marks of these claims only (one was created or changed): [ids], [{claimId, kind, start, end}]. */
    replaceSpans(claimIds, spans) {
      const ids = new Set(arg(claimIds) || []);
      const added = arg(spans) || [];
      if (!HIGHLIGHTS || !this._spanRanges) {
        this._spans = this._spans.filter((s) => !ids.has(s.claimId)).concat(added);
        this._redrawSpans();
        return;
      }
      // Only these claims' ranges leave and join the highlights: thousands of other marks stay as drawn.
      const kept = [];
      for (const s of this._spans) {
        if (!ids.has(s.claimId)) {
          kept.push(s);
          continue;
        }
        const range = this._spanRanges.get(s);
        if (range) {
          this._highlight(s.kind === 'CUE' ? 'fd-cue' : 'fd-source').delete(range);
          this._spanRanges.delete(s);
        }
      }
      for (const s of added) {
        this._drawSpan(s);
      }
      this._spans = kept.concat(added);
    }

    /** Suggested claims: [{key, start, end, score}] drawn dashed. */
    setSuggestions(suggestions) {
      this._suggestions = arg(suggestions) || [];
      this._redrawSuggestions();
    }

    /** Marks one suggestion as the current one (solid underline) and scrolls to it; null clears. */
    focusSuggestion(key) {
      this._currentSuggestion = key;
      if (HIGHLIGHTS) {
        const s = this._suggestions.find((x) => x.key === key);
        this._setHighlight('fd-suggestion-current',
          s && s.start >= 0 && s.end <= this._length && s.start < s.end ? [this._range(s.start, s.end)] : []);
        if (s) {
          this._scrollTo(s.start);
        }
      }
    }

    clearSelection() {
      const selection = window.getSelection();
      if (selection) {
        selection.removeAllRanges();
      }
      this._popover.hidden = true;
    }

    _putClaim(c) {
      const [id, start, end, status, flag] = c;
      if (start < 0 || end > this._length || start >= end) {
        return; // a claim that needs review has no place in this text: it is listed, not drawn
      }
      this._claims.set(id, { id, start, end, status, flag });
    }

    // ----- offsets and ranges -----

    _paraIndex(cp) {
      let lo = 0;
      let hi = this._paras.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this._paras[mid].start <= cp) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    /** The DOM position of a code-point offset: [textNode or element, offset]. */
    _point(cp, isEnd) {
      let i = this._paraIndex(cp);
      let para = this._paras[i];
      // An end offset at the start of a paragraph belongs to the end of the previous one.
      if (isEnd && cp === para.start && i > 0) {
        i--;
        para = this._paras[i];
      }
      const local = Math.min(cp - para.start, para.len);
      const u = para.astral ? utf16At(para.text, local) : local;
      return locate(para.el, u);
    }

    _range(start, end) {
      const [sn, so] = this._point(start, false);
      const [en, eo] = this._point(end, true);
      return new StaticRange({ startContainer: sn, startOffset: so, endContainer: en, endOffset: eo });
    }

    /** The code-point offset of a DOM position inside the text, or -1. */
    _offsetOf(node, offset) {
      let el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
      while (el && el !== this._root && !(el.tagName === 'P' && el.dataset.i !== undefined)) {
        el = el.parentElement;
      }
      if (!el || el === this._root) {
        if (node === this._root) {
          const para = this._paras[Math.min(offset, this._paras.length - 1)];
          return offset >= this._paras.length ? this._length : para ? para.start : -1;
        }
        return -1;
      }
      const para = this._paras[Number(el.dataset.i)];
      // UTF-16 offset within the paragraph, summed over its text nodes before the position.
      let u = 0;
      if (node === el) {
        for (let k = 0; k < offset && k < el.childNodes.length; k++) {
          u += el.childNodes[k].textContent.length;
        }
      } else {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (t === node) {
            u += offset;
            break;
          }
          u += t.textContent.length;
        }
      }
      const local = para.astral ? cpLength(para.text.slice(0, u)) : u;
      return para.start + Math.min(local, para.len);
    }

    _selectionOffsets() {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
        return null;
      }
      const range = selection.getRangeAt(0);
      if (!this._root.contains(range.commonAncestorContainer)) {
        return null;
      }
      let start = this._offsetOf(range.startContainer, range.startOffset);
      let end = this._offsetOf(range.endContainer, range.endOffset);
      if (start < 0 || end < 0) {
        return null;
      }
      if (end < start) {
        [start, end] = [end, start];
      }
      // Trim white space at both ends: a double-click often takes the space after a word.
      const text = this._slice(start, end);
      const leading = text.length - text.trimStart().length;
      const trailing = text.length - text.trimEnd().length;
      if (text.trim().length === 0) {
        return null;
      }
      start += cpLength(text.slice(0, leading));
      end -= cpLength(text.slice(text.length - trailing));
      return { start, end, text: text.trim() };
    }

    _slice(start, end) {
      let out = '';
      let i = this._paraIndex(start);
      let cp = start;
      while (cp < end && i < this._paras.length) {
        const para = this._paras[i];
        const from = cp - para.start;
        const to = Math.min(end - para.start, para.len);
        if (from < para.len) {
          out += para.astral ? para.text.slice(utf16At(para.text, from), utf16At(para.text, to))
            : para.text.slice(from, to);
        }
        cp = para.start + para.len;
        if (cp < end && para.newline) {
          out += '\n';
          cp++;
        }
        i++;
      }
      return out;
    }

    // ----- drawing -----

    _visibleClaims() {
      const visible = [];
      for (const c of this._claims.values()) {
        if (!this._hidden.has(c.status)) {
          visible.push(c);
        }
      }
      visible.sort((a, b) => a.start - b.start || a.end - b.end);
      return visible;
    }

    /** Draws every visible claim afresh: after loading a text or changing the filter. */
    _redraw() {
      const visible = this._visibleClaims();
      if (HIGHLIGHTS) {
        for (const name of ['fd-unchecked', 'fd-in-research', 'fd-in-review', 'fd-published', 'fd-dismissed',
          'fd-overlap', 'fd-flagged']) {
          this._highlight(name).clear();
        }
        this._pairs = new Map();
        for (const c of this._claims.values()) {
          c.range = null;
        }
        for (const c of visible) {
          c.range = this._range(c.start, c.end);
          this._highlight(statusHighlight(c.status)).add(c.range);
          if (c.flag) {
            this._highlight('fd-flagged').add(c.range);
          }
        }
        // Overlaps: every pair of visible claims that share text, found with one sweep.
        const overlap = this._highlight('fd-overlap');
        const open = [];
        for (const c of visible) {
          for (let k = open.length - 1; k >= 0; k--) {
            if (open[k].end <= c.start) {
              open.splice(k, 1);
            }
          }
          for (const o of open) {
            const range = this._range(Math.max(o.start, c.start), Math.min(o.end, c.end));
            this._pairs.set(pairKey(o.id, c.id), range);
            overlap.add(range);
          }
          open.push(c);
        }
      } else {
        this._renderMarks(visible);
      }
      this._redrawSelection();
    }

    /** Adds one claim's highlight without touching the others. */
    _paint(c) {
      if (this._hidden.has(c.status)) {
        return;
      }
      c.range = this._range(c.start, c.end);
      this._highlight(statusHighlight(c.status)).add(c.range);
      if (c.flag) {
        this._highlight('fd-flagged').add(c.range);
      }
      const overlap = this._highlight('fd-overlap');
      for (const o of this._claims.values()) {
        if (o.id !== c.id && o.range && o.start < c.end && c.start < o.end) {
          const range = this._range(Math.max(o.start, c.start), Math.min(o.end, c.end));
          this._pairs.set(pairKey(o.id, c.id), range);
          overlap.add(range);
        }
      }
    }

    /** Removes one claim's highlight, and its overlaps, without touching the others. */
    _unpaint(c) {
      if (!c.range) {
        return;
      }
      this._highlight(statusHighlight(c.status)).delete(c.range);
      this._highlight('fd-flagged').delete(c.range);
      c.range = null;
      const overlap = this._highlight('fd-overlap');
      for (const [key, range] of this._pairs) {
        const [a, b] = key.split(':').map(Number);
        if (a === c.id || b === c.id) {
          overlap.delete(range);
          this._pairs.delete(key);
        }
      }
    }

    /**
     * Highlight names are global to the page: only the main reader draws them. A reader used to
     * pick words (attribute "no-highlights", as in the evidence dialog) keeps its ranges to itself.
     */
    _ownsHighlights() {
      return !this.hasAttribute('no-highlights');
    }

    _highlight(name) {
      if (!this._ownsHighlights()) {
        this._local = this._local || new Map();
        if (!this._local.has(name)) {
          this._local.set(name, new Set());
        }
        return this._local.get(name);
      }
      let highlight = CSS.highlights.get(name);
      if (!highlight) {
        highlight = new Highlight();
        highlight.priority = PRIORITY[name] || 0;
        CSS.highlights.set(name, highlight);
      }
      return highlight;
    }

    _redrawSelection() {
      const c = this._selected != null ? this._claims.get(this._selected) : null;
      if (HIGHLIGHTS) {
        this._setHighlight('fd-selected', c ? [this._range(c.start, c.end)] : []);
      } else {
        for (const m of this._root.querySelectorAll('mark.fd-selected')) {
          m.classList.remove('fd-selected');
        }
        if (c) {
          for (const m of this._root.querySelectorAll('mark')) {
            if (m.dataset.ids.split(' ').includes(String(c.id))) {
              m.classList.add('fd-selected');
            }
          }
        }
      }
      this._redrawSpans();
    }

    _redrawSpans() {
      if (!HIGHLIGHTS) {
        return;
      }
      this._setHighlight('fd-source', []);
      this._setHighlight('fd-cue', []);
      this._spanRanges = new Map();
      for (const s of this._spans) {
        this._drawSpan(s);
      }
    }

    /** One source or cue mark into its highlight, remembered so that it can be taken out alone. */
    _drawSpan(s) {
      if (s.start < 0 || s.end > this._length || s.start >= s.end) {
        return;
      }
      const range = this._range(s.start, s.end);
      this._spanRanges.set(s, range);
      this._highlight(s.kind === 'CUE' ? 'fd-cue' : 'fd-source').add(range);
    }

    _redrawSuggestions() {
      if (!HIGHLIGHTS) {
        return;
      }
      if (this._currentSuggestion && !this._suggestions.some((x) => x.key === this._currentSuggestion)) {
        this._setHighlight('fd-suggestion-current', []);
      }
      this._setHighlight('fd-suggestion', this._suggestions
        .filter((s) => s.start >= 0 && s.end <= this._length && s.start < s.end)
        .map((s) => this._range(s.start, s.end)));
    }

    _setHighlight(name, ranges) {
      const highlight = this._highlight(name);
      highlight.clear();
      for (const range of ranges) {
        highlight.add(range);
      }
    }

    /** Fallback without the Highlight API: <mark> elements in the affected paragraphs. */
    _renderMarks(visible) {
      const byPara = new Map();
      for (const c of visible) {
        const first = this._paraIndex(c.start);
        const last = this._paraIndex(Math.max(c.start, c.end - 1));
        for (let i = first; i <= last; i++) {
          if (!byPara.has(i)) {
            byPara.set(i, []);
          }
          byPara.get(i).push(c);
        }
      }
      for (let i = 0; i < this._paras.length; i++) {
        const para = this._paras[i];
        const claims = byPara.get(i);
        if (!claims && para.el.childNodes.length <= 1) {
          continue;
        }
        para.el.replaceChildren();
        if (!claims) {
          para.el.textContent = para.text;
          continue;
        }
        const cuts = new Set([0, para.len]);
        for (const c of claims) {
          cuts.add(Math.max(0, c.start - para.start));
          cuts.add(Math.min(para.len, c.end - para.start));
        }
        const points = [...cuts].sort((a, b) => a - b);
        for (let k = 0; k + 1 < points.length; k++) {
          const from = points[k];
          const to = points[k + 1];
          const text = para.astral ? para.text.slice(utf16At(para.text, from), utf16At(para.text, to))
            : para.text.slice(from, to);
          const covering = claims.filter((c) => c.start - para.start <= from && c.end - para.start >= to);
          if (covering.length === 0) {
            para.el.append(text);
          } else {
            const mark = document.createElement('mark');
            mark.className = 'fd-mark fd-' + covering[covering.length - 1].status.toLowerCase().replace('_', '-')
              + (covering.length > 1 ? ' fd-overlap' : '');
            mark.dataset.ids = covering.map((c) => c.id).join(' ');
            mark.textContent = text;
            para.el.append(mark);
          }
        }
      }
    }

    // ----- interaction -----

    _onSelectionChange() {
      const sel = this._selectionOffsets();
      if (!sel) {
        this._popover.hidden = true;
        return;
      }
      this.dispatchEvent(new CustomEvent('fd-selection', { detail: sel }));
      if (this.hasAttribute('readonly')) {
        return;
      }
      const rects = window.getSelection().getRangeAt(0).getClientRects();
      const last = rects.length ? rects[rects.length - 1] : window.getSelection().getRangeAt(0).getBoundingClientRect();
      const host = this.getBoundingClientRect();
      this._popover.hidden = false;
      const height = this._popover.offsetHeight || 32;
      // Below the end of the selection, or above it when there is no room below.
      let top = last.bottom - host.top + 6;
      if (top + height > host.height - 4) {
        top = last.top - host.top - height - 6;
      }
      this._popover.style.left = Math.max(0, Math.min(last.right - host.left - 40, host.width - 170)) + 'px';
      this._popover.style.top = Math.max(0, top) + 'px';
    }

    _createFromSelection() {
      const sel = this._selectionOffsets();
      this._popover.hidden = true;
      if (!sel || this.hasAttribute('readonly')) {
        return;
      }
      this.dispatchEvent(new CustomEvent('fd-create-claim', { detail: { start: sel.start, end: sel.end } }));
      this.clearSelection();
    }

    _onKey(e) {
      if (e.key === 'Enter' && this._selectionOffsets()) {
        e.preventDefault();
        this._createFromSelection();
      } else if (e.key === 'Escape') {
        this.clearSelection();
      } else if ((e.key === 'n' || e.key === 'p' || e.key === 'j' || e.key === 'k')
          && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        this._step(e.key === 'n' || e.key === 'j' ? 1 : -1);
      }
    }

    /** Moves to the next or previous visible claim in reading order. */
    _step(direction) {
      const visible = this._visibleClaims();
      if (visible.length === 0) {
        return;
      }
      let index = visible.findIndex((c) => c.id === this._selected);
      index = index < 0 ? (direction > 0 ? 0 : visible.length - 1)
        : (index + direction + visible.length) % visible.length;
      const claim = visible[index];
      this.select(claim.id, true);
      this.dispatchEvent(new CustomEvent('fd-select-claim', { detail: { id: claim.id, ids: [claim.id] } }));
    }

    _onClick(e) {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) {
        return;
      }
      const position = caretAt(e.clientX, e.clientY);
      if (!position) {
        return;
      }
      const cp = this._offsetOf(position.node, position.offset);
      if (cp < 0) {
        return;
      }
      const suggestion = this._suggestions.find((s) => s.start <= cp && cp < s.end);
      const here = this._visibleClaims().filter((c) => c.start <= cp && cp < c.end);
      if (here.length === 0) {
        if (suggestion) {
          this.dispatchEvent(new CustomEvent('fd-select-suggestion', { detail: { key: suggestion.key } }));
        }
        return;
      }
      // Nested claims: the innermost first; clicking again steps outwards through the others.
      here.sort((a, b) => (a.end - a.start) - (b.end - b.start));
      const current = here.findIndex((c) => c.id === this._selected);
      const claim = here[(current + 1) % here.length];
      this.select(claim.id, false);
      this.dispatchEvent(new CustomEvent('fd-select-claim', { detail: { id: claim.id, ids: here.map((c) => c.id) } }));
    }

    _onScroll() {
      this._popover.hidden = true;
      if (this._scrollTimer) {
        return;
      }
      this._scrollTimer = setTimeout(() => {
        this._scrollTimer = null;
        const top = this._root.getBoundingClientRect().top;
        const position = caretAt(this._root.getBoundingClientRect().left + 40, top + 10);
        if (!position) {
          return;
        }
        const cp = this._offsetOf(position.node, position.offset);
        const first = this._visibleClaims().find((c) => c.end >= cp);
        if (first && first.id !== this._lastVisible) {
          this._lastVisible = first.id;
          this.dispatchEvent(new CustomEvent('fd-visible-claim', { detail: { id: first.id } }));
        }
      }, 200);
    }

    _scrollTo(cp) {
      const para = this._paras[this._paraIndex(cp)];
      if (!para) {
        return;
      }
      const range = document.createRange();
      const [node, offset] = this._point(cp, false);
      range.setStart(node, offset);
      range.setEnd(node, offset);
      const rect = range.getBoundingClientRect();
      const box = this._root.getBoundingClientRect();
      if (rect.top < box.top + 20 || rect.bottom > box.bottom - 20 || (rect.top === 0 && rect.bottom === 0)) {
        if (rect.top === 0 && rect.bottom === 0) {
          para.el.scrollIntoView({ block: 'center' });
        } else {
          this._root.scrollTop += rect.top - box.top - box.height / 3;
        }
      }
    }
  }

  const PRIORITY = {
    'fd-dismissed': 0, 'fd-unchecked': 1, 'fd-in-research': 2, 'fd-in-review': 3, 'fd-published': 4,
    'fd-overlap': 5, 'fd-flagged': 6, 'fd-suggestion': 7, 'fd-suggestion-current': 8, 'fd-source': 8, 'fd-cue': 9, 'fd-selected': 10,
  };

  function statusHighlight(status) {
    return 'fd-' + status.toLowerCase().replace('_', '-');
  }

  function pairKey(a, b) {
    return a < b ? a + ':' + b : b + ':' + a;
  }

  /** The text node and offset of a UTF-16 position in a paragraph. */
  function locate(p, u) {
    if (p.childNodes.length === 1 && p.firstChild.nodeType === Node.TEXT_NODE) {
      return [p.firstChild, Math.min(u, p.firstChild.length)];
    }
    if (p.childNodes.length === 0) {
      return [p, 0];
    }
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (u <= t.length) {
        return [t, u];
      }
      u -= t.length;
      last = t;
    }
    return last ? [last, last.length] : [p, p.childNodes.length];
  }

  function caretAt(x, y) {
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  }

  customElements.define('fd-reader', FdReader);

  /**
   * <fd-first-paint>: the text and its highlights drawn from the page itself on a full page load
   * (the server puts them in the first response, claim.ui.FirstPaint), so the article is on screen
   * while the application loads. Read-only; the reader removes it when it has the text.
   */
  class FdFirstPaint extends FdReader {
    connectedCallback() {
      super.connectedCallback();
      this._root.removeAttribute('tabindex');
      this._root.setAttribute('aria-label', 'Document text (loading)');
    }

    disconnectedCallback() {
      // The highlight names now belong to the reader that replaced this one: leave them.
    }

    _rendered(t0) {
      this.dataset.painted = String(this._claims.size);
      window.__fdFirstPaintClaims = this._claims.size;
      window.__fdFirstPaint = performance.now();
      window.__fdFirstPaintMs = performance.now() - t0;
    }

    _onSelectionChange() {
    }

    _onKey() {
    }

    _onClick() {
    }
  }

  customElements.define('fd-first-paint', FdFirstPaint);
})();
