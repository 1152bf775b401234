/**
 * The directory's back office: {@code /admin/complexes/import} (upload a KICOX workbook, read its dry run, match
 * renamed complexes by hand, apply it, see the history, undo the newest import) and
 * {@code /admin/complexes/short-names} (which complex each short name of the trend workbook means). The uploaded
 * workbook waits for "적용" in {@link kr.co.saenal.sandan.complex.admin.HeldWorkbook}, one per session.
 */
package kr.co.saenal.sandan.complex.admin;
