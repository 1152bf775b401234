// Article page: reports the reading (the server counts it once per reader and day, and answers the view count),
// and the share buttons. A file script, as the Content Security Policy allows no inline script or handler.
(function () {
  'use strict';
  var article = document.querySelector('article[data-reading-url]');
  if (article && window.fetch && window.URLSearchParams) {
    fetch(article.getAttribute('data-reading-url'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        id: article.getAttribute('data-reading-id'),
        token: article.getAttribute('data-reading-token')
      }).toString()
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (reading) {
      var count = article.querySelector('.view-count');
      if (reading && count) { count.textContent = String(reading.views); }
      if (reading) { article.setAttribute('data-reading', reading.counted ? 'counted' : 'known'); }
    }).catch(function () { /* the count stays as the page showed it */ });
  }
  var status = document.querySelector('.share-status');

  function say(message) {
    if (status) { status.textContent = message; }
  }

  function copyByHand(url) {
    var field = document.createElement('textarea');
    field.value = url;
    field.setAttribute('readonly', 'readonly');
    field.className = 'share-copy-field';
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    document.body.removeChild(field);
    say(copied ? '링크를 복사했습니다.' : '주소창의 링크를 복사해 주세요.');
  }

  document.addEventListener('click', function (event) {
    var copy = event.target.closest('.share-copy');
    if (copy) {
      var url = copy.getAttribute('data-url');
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(function () { say('링크를 복사했습니다.'); },
          function () { copyByHand(url); });
      } else {
        copyByHand(url);
      }
      return;
    }
    var share = event.target.closest('.share-native');
    if (share && navigator.share) {
      navigator.share({ title: share.getAttribute('data-title'), url: share.getAttribute('data-url') })
        .catch(function () { /* closed by the reader */ });
    }
  });

  // Phones offer KakaoTalk and the other messengers through the system's share sheet; no Kakao SDK is loaded.
  if (navigator.share) {
    document.querySelectorAll('.share-native').forEach(function (button) { button.hidden = false; });
  }
})();
