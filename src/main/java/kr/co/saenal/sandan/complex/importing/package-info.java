/**
 * Bringing KICOX's workbooks in. {@code WorkbookReader} recognises an upload by its bytes, sheets and header cells
 * (never its name) and reads it with POI's streaming API into a {@code StatisticsWorkbook} or a {@code TrendWorkbook},
 * or refuses it ({@code WorkbookRefusedException}, in Korean or English); the words of KICOX's format live in
 * {@code kicox-workbooks.properties}. {@code ComplexImport} is the service: dry run, apply, undo, matches by hand,
 * the short-name mapping.
 */
package kr.co.saenal.sandan.complex.importing;
