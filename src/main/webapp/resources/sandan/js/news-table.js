// The news table (/admin/news/): one box chooses every row of the page; the filter's menus search as they change.
// A file script, as the Content Security Policy allows no inline script. Without it the page works the same, one
// row and one button at a time.
(function () {
  'use strict';

  function prepare() {
    var all = document.getElementById('choose-all');
    var rows = function () { return document.querySelectorAll('.news-table input.choose-row'); };
    if (all) {
      all.addEventListener('change', function () {
        rows().forEach(function (box) { box.checked = all.checked; });
      });
      document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches('input.choose-row')) {
          var boxes = Array.prototype.slice.call(rows());
          var chosen = boxes.filter(function (box) { return box.checked; }).length;
          all.checked = chosen > 0 && chosen === boxes.length;
          all.indeterminate = chosen > 0 && chosen < boxes.length;
        }
      });
    }
    document.querySelectorAll('.news-filter select').forEach(function (select) {
      select.addEventListener('change', function () { select.form.requestSubmit(); });
    });
  }

  document.addEventListener('DOMContentLoaded', prepare);
})();
