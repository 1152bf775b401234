// The post editor (/admin/news/edit): photos from the image library in the body (a figure with its caption) and as
// the cover, chosen in one picker; a warning before leaving with unsaved changes; the save bar's state line.
// A file script, as the Content Security Policy allows no inline script. Runs before PrimeFaces builds the editor
// (widgets are built when the document is ready), so Quill knows the figure when it reads the stored body.
(function () {
  'use strict';

  // ---- A photo with its caption, as one block of the body: <figure><img><figcaption></figcaption></figure>
  if (window.Quill) {
    var BlockEmbed = window.Quill.import('blots/block/embed');
    class Figure extends BlockEmbed {
      static create(value) {
        var node = super.create(value);
        node.setAttribute('contenteditable', 'false');
        var img = document.createElement('img');
        img.setAttribute('src', value.src);
        img.setAttribute('alt', value.alt || '');
        if (value.width) { img.setAttribute('width', value.width); }
        if (value.height) { img.setAttribute('height', value.height); }
        node.appendChild(img);
        if (value.caption) {
          var caption = document.createElement('figcaption');
          caption.textContent = value.caption;
          node.appendChild(caption);
        }
        return node;
      }
    }
    Figure.blotName = 'figure';
    Figure.tagName = 'FIGURE';
    Figure.value = function (node) {
      var img = node.querySelector('img');
      var caption = node.querySelector('figcaption');
      return {
        src: img ? img.getAttribute('src') : '',
        alt: img ? img.getAttribute('alt') : '',
        width: img ? img.getAttribute('width') : null,
        height: img ? img.getAttribute('height') : null,
        caption: caption ? caption.textContent : ''
      };
    };
    window.Quill.register(Figure, true);
  }

  // ---- Unsaved changes: asked about before the page is left, never after saving (saving redirects to a fresh page)
  var form = document.getElementById('post');
  var dirty = form && form.getAttribute('data-unsaved') === 'true'; // a refused save: what was typed is not stored
  var leaving = false;
  var unsavedNote = document.getElementById('save-unsaved');

  function markDirty() {
    dirty = true;
    if (unsavedNote) { unsavedNote.hidden = false; }
  }
  if (dirty && unsavedNote) { unsavedNote.hidden = false; }

  if (form) {
    form.addEventListener('input', markDirty);
    form.addEventListener('change', markDirty);
    // Any form sent from this page (save, withdraw, delete) is the editor's own decision: no question then.
    document.addEventListener('submit', function () { leaving = true; }, true);
    window.addEventListener('beforeunload', function (event) {
      if (dirty && !leaving) {
        event.preventDefault();
        event.returnValue = form.getAttribute('data-leave-warning') || '';
        return event.returnValue;
      }
    });
    // PrimeFaces and the browser may stay on the page after all (a refused non-ajax save renders it again).
    window.addEventListener('pageshow', function () { leaving = false; });
  }

  // ---- The save bar's state line follows the chosen publication (a published post has no choice: it stays public)
  var state = document.getElementById('save-state');
  function sayState() {
    var chosen = form && form.querySelector('input[name="post:publication"]:checked');
    if (!state || !chosen) { return; }
    var text = state.getAttribute('data-' + chosen.value.toLowerCase());
    if (text && state.textContent !== text) { state.textContent = text; }
  }
  if (form) { form.addEventListener('change', sayState); }

  // ---- The photo picker: one dialog for the body and the cover
  var dialog = document.getElementById('photo-picker');
  var chosen = null;
  var savedRange = null;
  var quill = null;

  function editor() {
    if (!quill && window.Quill) {
      var container = document.querySelector('[id="post:body"] .ql-container');
      quill = container && window.Quill.find(container);
    }
    return quill;
  }

  function detailsOf(name) { return dialog.querySelector(name); }

  function openPicker(mode, opener) {
    if (!dialog) { return; }
    var q = editor();
    if (mode === 'body' && q) {
      // where the cursor was: Quill's own last range when the toolbar button took the focus, else the end
      savedRange = q.getSelection() || (q.selection && q.selection.savedRange) || null;
      if (!savedRange || savedRange.index > q.getLength() - 1) { savedRange = { index: q.getLength() - 1, length: 0 }; }
    }
    dialog.setAttribute('data-mode', mode);
    dialog.opener = opener;
    choose(null);
    dialog.showModal();
  }

  function choose(item) {
    dialog.querySelectorAll('.picker-item[aria-pressed=true]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    chosen = item;
    var details = detailsOf('.picker-details');
    details.hidden = !item;
    if (!item) { return; }
    item.setAttribute('aria-pressed', 'true');
    var preview = detailsOf('.picker-chosen');
    preview.src = item.getAttribute('data-thumb');
    detailsOf('#picker-alt').value = item.getAttribute('data-alt') || '';
    detailsOf('#picker-caption').value = item.getAttribute('data-caption') || '';
    detailsOf('#picker-alt-error').hidden = true;
    detailsOf('#picker-alt').removeAttribute('aria-invalid');
    var first = dialog.getAttribute('data-mode') === 'cover' ? detailsOf('#picker-cover') : detailsOf('#picker-alt');
    first.focus();
  }

  function insertIntoBody() {
    var alt = detailsOf('#picker-alt');
    if (!alt.value.trim()) {
      alt.setAttribute('aria-invalid', 'true');
      alt.setAttribute('aria-describedby', 'picker-alt-error picker-alt-hint');
      detailsOf('#picker-alt-error').hidden = false;
      alt.focus();
      return;
    }
    var q = editor();
    if (!q) { return; }
    var at = savedRange ? savedRange.index : q.getLength() - 1;
    q.insertEmbed(at, 'figure', {
      src: chosen.getAttribute('data-src'),
      alt: alt.value.trim(),
      width: chosen.getAttribute('data-width'),
      height: chosen.getAttribute('data-height'),
      caption: detailsOf('#picker-caption').value.trim()
    }, 'user');
    q.setSelection(at + 1, 0, 'silent');
    syncBody();
    markDirty();
    dialog.close();
    q.focus();
  }

  // PrimeFaces copies the editor into its hidden field when the editor loses focus; a photo is put in from the
  // dialog, so copy it now too.
  function syncBody() {
    var input = document.getElementById('post:body_input');
    var q = editor();
    if (input && q) {
      var html = q.root.innerHTML;
      input.value = html === '<p><br></p>' ? '' : html;
    }
  }

  function useAsCover() {
    var field = document.getElementById('post:coverImageId');
    var current = document.getElementById('cover-current');
    field.value = chosen.getAttribute('data-id');
    var img = current.querySelector('img.cover-preview');
    if (!img) {
      img = document.createElement('img');
      img.className = 'cover-preview';
      current.insertBefore(img, current.firstChild);
    }
    img.src = chosen.getAttribute('data-thumb');
    img.alt = chosen.getAttribute('data-alt') || '';
    current.classList.remove('no-cover');
    current.classList.add('has-cover');
    var caption = document.getElementById('post:coverCaption');
    if (caption && !caption.value.trim()) { caption.value = chosen.getAttribute('data-caption') || ''; }
    markDirty();
    dialog.close();
    document.getElementById('cover-pick').focus();
  }

  function clearCover() {
    var current = document.getElementById('cover-current');
    document.getElementById('post:coverImageId').value = '';
    var img = current.querySelector('img.cover-preview');
    if (img) { img.remove(); }
    current.classList.remove('has-cover');
    current.classList.add('no-cover');
    markDirty();
    document.getElementById('cover-pick').focus();
  }

  if (dialog) {
    // The picker's buttons are drawn again when its pages are turned: listen on the dialog itself.
    dialog.addEventListener('click', function (event) {
      var item = event.target.closest('.picker-item');
      if (item) { choose(item); return; }
      if (event.target.closest('.picker-close')) { dialog.close(); return; }
      if (event.target.closest('#picker-insert')) { insertIntoBody(); return; }
      if (event.target.closest('#picker-cover')) { useAsCover(); }
    });
    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && event.target.matches('#picker-alt, #picker-caption')) {
        event.preventDefault(); // the picker's form must not be sent
        insertIntoBody();
      }
    });
    dialog.addEventListener('close', function () {
      if (dialog.opener && dialog.getAttribute('data-mode') === 'cover') { dialog.opener.focus(); }
    });
    document.addEventListener('click', function (event) {
      if (event.target.closest('.editor-photo-button')) { openPicker('body', event.target.closest('button')); }
      if (event.target.closest('#cover-pick')) { openPicker('cover', event.target.closest('button')); }
      if (event.target.closest('#cover-clear')) { clearCover(); }
    });
  }

  function prepare() {
    var q = editor();
    if (q && !q.sandanWatched) {
      q.sandanWatched = true;
      q.on('text-change', function (delta, old, source) { if (source === 'user') { markDirty(); } });
    }
    sayState();
  }
  document.addEventListener('DOMContentLoaded', function () { setTimeout(prepare, 0); });
  window.addEventListener('load', prepare);
})();
