/**
 * The company's details shown on every page (name, phone, hours, KakaoTalk open chat) and the site's absolute
 * address.
 */
package kr.co.saenal.sandan.site;
