package kr.co.saenal.sandan.complex.importing;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;

/** A sheet's cells by row and column (both from 0), merged cells filled with their first cell's value. */
final class Sheet {

    private final String name;
    private final NavigableMap<Integer, NavigableMap<Integer, SheetCell>> rows;

    Sheet(String name, NavigableMap<Integer, NavigableMap<Integer, SheetCell>> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** The sheet's name as the workbook spells it. */
    String name() {
        return name;
    }

    SheetCell cell(int row, int column) {
        Map<Integer, SheetCell> cells = rows.get(row);
        if (cells == null) {
            return SheetCell.BLANK;
        }
        return cells.getOrDefault(column, SheetCell.BLANK);
    }

    /** The text of a cell, trimmed of spaces of any kind; "" for a blank one. */
    String text(int row, int column) {
        return kr.co.saenal.sandan.complex.ComplexKey.cleanText(
                cell(row, column).text());
    }

    /** The numbers (from 0) of the rows that have a cell, in order. */
    Iterable<Integer> rowIndexes() {
        return rows.keySet();
    }

    NavigableMap<Integer, SheetCell> row(int row) {
        return rows.getOrDefault(row, new TreeMap<>());
    }

    int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    /** Where people find a cell: E17 for row 16, column 4 (from 0). */
    static String address(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    static String columnLetter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
