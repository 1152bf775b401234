/**
 * {@code #{site}}: the company's details for pages, read once per request.
 */
package kr.co.saenal.sandan.site.web;
