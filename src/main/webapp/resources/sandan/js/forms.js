// Leads a person to what needs fixing when a form comes back refused: every field with a message says it is
// invalid and names its message (aria-invalid, aria-describedby), and the first of them gets the focus.
// A file script, as the Content Security Policy allows no inline one; the server marks the fields of refusals
// that belong to no single field (a wrong password), and this leads to them the same way.
(function () {
  'use strict';
  var CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea, .ql-editor';

  function describe(control, messageId) {
    var ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (ids.indexOf(messageId) < 0) { ids.push(messageId); }
    control.setAttribute('aria-describedby', ids.join(' '));
    control.setAttribute('aria-invalid', 'true');
  }

  // A message next to a field (h:message, class field-error) belongs to the controls of its .field block.
  function markInvalidFields() {
    document.querySelectorAll('.field-error').forEach(function (message, n) {
      var field = message.closest('.consent-check, .field');
      var controls = field && message.textContent.trim() ? field.querySelectorAll(CONTROLS) : [];
      if (!controls.length) { return; }
      if (!message.id) { message.id = (controls[0].id || 'field-' + n) + '-error'; }
      controls.forEach(function (control) { describe(control, message.id); });
    });
  }

  // Only fields refused since the last look take the focus, so that an unrelated update (a table filter in the
  // back office) does not pull it back to an old problem.
  var seen = new WeakSet();

  function leadToNewProblem() {
    markInvalidFields();
    var invalid = document.querySelectorAll('[aria-invalid="true"]');
    var first = Array.prototype.find.call(invalid, function (control) { return !seen.has(control); });
    invalid.forEach(function (control) { seen.add(control); });
    if (!first) { return; }
    first.focus({ preventScroll: true });
    // centred, so that the sticky header does not cover it and its label and message are in view
    first.scrollIntoView({ block: 'center' });
  }

  // After PrimeFaces has built its widgets (the post editor's body), which it does when the document is ready;
  // again after each of its updates in place (p:ajax).
  document.addEventListener('DOMContentLoaded', function () {
    setTimeout(leadToNewProblem, 0);
    if (window.jQuery) { window.jQuery(document).on('pfAjaxComplete', leadToNewProblem); }
  });
})();
