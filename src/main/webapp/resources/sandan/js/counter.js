// Shows "n / max자" under a textarea that names its counter in data-counter (a file script: the CSP allows no inline one).
document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
  var counter = document.getElementById(area.getAttribute('data-counter'));
  var max = area.getAttribute('maxlength');
  if (!counter || !max) { return; }
  var show = function () { counter.textContent = area.value.length + ' / ' + max + '자'; };
  area.addEventListener('input', show);
  show();
});
