/* Starts the analytics an administrator set (site settings): Google Analytics 4 and Naver Analytics. The ids come
   from this script's own data attributes, written by the server from typed settings; no inline script is needed. */
(function () {
  "use strict";
  var self = document.getElementById("sandan-analytics");
  if (!self) {
    return;
  }
  var ga4 = self.getAttribute("data-ga4");
  if (ga4) {
    window.dataLayer = window.dataLayer || [];
    var gtag = function () { window.dataLayer.push(arguments); };
    window.gtag = window.gtag || gtag;
    window.gtag("js", new Date());
    window.gtag("config", ga4);
  }
  var naver = self.getAttribute("data-naver");
  if (naver) {
    window.wcs_add = window.wcs_add || {};
    window.wcs_add.wa = naver;
    if (window.wcs && typeof window.wcs_do === "function") {
      window.wcs_do();
    }
  }
})();
