// Back office: the PrimeFaces widgets made usable with a screen reader and a keyboard alone.
// A file script, as the Content Security Policy allows no inline script.
(function () {
  'use strict';

  // PrimeFaces hides its unskinned file input from screen readers, yet it is the visible, focusable control.
  function showFileInputs() {
    document.querySelectorAll('input[type=file][aria-hidden]').forEach(function (input) {
      input.removeAttribute('aria-hidden');
    });
  }

  // Quill draws its pickers as spans whose text comes from CSS, so they have no name of their own: the picker
  // takes the name of the select it replaces (aria-label in the page) and says what is chosen.
  function namePicker(picker) {
    var select = picker.parentNode.querySelector('select');
    var label = picker.querySelector('.ql-picker-label');
    var name = select && select.getAttribute('aria-label');
    if (!label || !name) { return; }
    var say = function () {
      label.setAttribute('aria-label', name + ': ' + (label.getAttribute('data-label') || ''));
    };
    say();
    new MutationObserver(say).observe(label, { attributes: true, attributeFilter: ['data-label'] });
    picker.querySelectorAll('.ql-picker-item').forEach(function (item) {
      item.setAttribute('aria-label', item.getAttribute('data-label') || item.getAttribute('data-value') || '');
    });
  }

  function prepareEditor(widget) {
    var container = widget.querySelector('.ql-container');
    var quill = container && window.Quill && window.Quill.find(container);
    if (!quill || widget.hasAttribute('data-accessible')) { return; }
    widget.setAttribute('data-accessible', 'true');
    var editor = quill.root;
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    var label = document.querySelector('label[for="' + widget.id + '"]');
    if (label) {
      label.id = label.id || widget.id + ':label';
      editor.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function () { quill.focus(); });
    }
    // Tab leaves the editor, as it leaves every other field (Quill would insert a tab or indent a list).
    delete quill.keyboard.bindings.Tab;
    delete quill.keyboard.bindings[9];
    widget.querySelectorAll('.ql-picker').forEach(namePicker);
    var linkLabel = widget.querySelector('[data-link-label]');
    widget.querySelectorAll('.ql-tooltip input[type=text]').forEach(function (input) {
      input.setAttribute('aria-label', linkLabel ? linkLabel.getAttribute('data-link-label') : 'URL');
      input.setAttribute('data-link', 'https://'); // Quill's placeholder would be its own site's address
    });
  }

  // PrimeFaces draws a multiple autocomplete as a listbox holding the chosen tokens and the text field, which is
  // neither a listbox (the field is no option) nor a list (the listbox has no name): the field is a labelled
  // combobox of its own and the chosen tokens are text beside it, so the container and its items lose their roles.
  // Tokens are added and removed in the page, hence the observer.
  function plainTokens(container) {
    var strip = function () {
      container.setAttribute('role', 'none');
      container.removeAttribute('aria-orientation');
      container.removeAttribute('tabindex');
      container.querySelectorAll(':scope > li').forEach(function (item) {
        if (item.getAttribute('role') !== 'none') { item.setAttribute('role', 'none'); }
        item.removeAttribute('aria-selected');
      });
    };
    strip();
    new MutationObserver(strip).observe(container, { childList: true });
  }

  // A table filtered without reloading the page keeps its filter in the address (controls marked
  // data-address-param), so that reloading, going back or sharing the link shows the same list.
  function keepInAddress(event) {
    var control = event.target.closest && event.target.closest('[data-address-param]');
    if (!control || !control.form) { return; }
    var params = new URLSearchParams(window.location.search);
    control.form.querySelectorAll('[data-address-param]').forEach(function (field) {
      var name = field.getAttribute('data-address-param');
      var value = field.type === 'checkbox' ? (field.checked ? 'true' : '') : field.value;
      if (value) { params.set(name, value); } else { params.delete(name); }
    });
    replaceQuery(params);
  }

  function replaceQuery(params) {
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }


  document.addEventListener('change', keepInAddress);
  document.addEventListener('keyup', function (event) {
    if (event.key === 'Enter') { keepInAddress(event); }
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-keeps-address]');
    var form = button && button.form;
    var first = form && form.querySelector('[data-address-param]');
    if (first) { keepInAddress({ target: first }); }
  });

  function prepare() {
    showFileInputs();
    document.querySelectorAll('.ui-texteditor').forEach(prepareEditor);
    document.querySelectorAll('.ui-autocomplete-multiple-container:not([role=none])').forEach(plainTokens);
  }

  // PrimeFaces builds its widgets when the document is ready, after this file has run.
  document.addEventListener('DOMContentLoaded', function () { setTimeout(prepare, 0); });
  window.addEventListener('load', prepare);
})();
