/**
 * The consultation forms: {@code /consult} (view state, CSRF-safe) and the short stateless form under each
 * article, sharing one submitter; the received page; the current consent notice for pages.
 */
package kr.co.saenal.sandan.inquiry.web;
