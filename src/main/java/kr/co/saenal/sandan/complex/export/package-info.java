/**
 * {@code GET /complexes.csv}: the directory's list of the filters asked for (every page at once, the list's
 * order) as CSV for Excel, with KICOX's source line as the last row.
 */
package kr.co.saenal.sandan.complex.export;
