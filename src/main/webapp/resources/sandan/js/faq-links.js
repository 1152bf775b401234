/* The consultation page's FAQ links follow the 분야 chosen in the form: only the topics mapped to it show, every
   topic when none is chosen. Without script all of them show (the server hides none unless the form came back). */
(function () {
  "use strict";
  var box = document.getElementById("consult-faq");
  if (!box) {
    return;
  }
  var select = document.getElementById(box.getAttribute("data-topic-select"));
  if (!select) {
    return;
  }
  var follow = function () {
    var chosen = select.value;
    var shown = 0;
    box.querySelectorAll("[data-consult-topic]").forEach(function (item) {
      var show = !chosen || item.getAttribute("data-consult-topic") === chosen;
      item.hidden = !show;
      shown += show ? 1 : 0;
    });
    box.hidden = shown === 0;
  };
  select.addEventListener("change", follow);
  follow();
})();
