/** The FAQ in the back office ({@code /admin/news/faq}): topics and questions, their order, publishing. */
package kr.co.saenal.sandan.faq.admin;
