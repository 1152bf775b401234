// /admin/news/images: a file script, as the Content Security Policy allows no inline script.
document.addEventListener('click', function (event) {
  var button = event.target.closest('.copy-url');
  if (!button) { return; }
  var url = new URL(button.getAttribute('data-url'), window.location.href).href;
  var done = function () { button.textContent = '복사했습니다'; setTimeout(function () { button.textContent = '주소 복사'; }, 2000); };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(url).then(done);
  } else {
    var field = button.parentNode.querySelector('.image-url-text');
    field.value = url; field.select(); document.execCommand('copy'); done();
  }
});
