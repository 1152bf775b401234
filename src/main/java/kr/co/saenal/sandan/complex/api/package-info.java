/**
 * The directory's public API: {@code GET /api/complexes} (the list page's filters, paged) and {@code GET
 * /api/complexes/{id}} (one complex with its quarters, bundle and trend figures), with their explicit JSON shape,
 * validators for conditional requests, and problems (RFC 9457) for what cannot be answered.
 */
package kr.co.saenal.sandan.complex.api;
