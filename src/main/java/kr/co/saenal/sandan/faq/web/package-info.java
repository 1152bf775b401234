/** The public FAQ page ({@code /faq}), the site search's FAQ section and the consultation page's FAQ links. */
package kr.co.saenal.sandan.faq.web;
