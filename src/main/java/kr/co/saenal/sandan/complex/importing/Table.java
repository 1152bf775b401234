package kr.co.saenal.sandan.complex.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.Quarter;

/**
 * A table in a sheet: its header (one row, or two when a group header such as 산업시설구역 spans the columns of the
 * row below), the columns found by their header text, and the title rows above it, where the period is written.
 * Columns are found by what their headers say, never by their position.
 */
final class Table {

    /** How far down a sheet its header may be. */
    private static final int HEADER_SEARCH_ROWS = 40;

    private final Sheet sheet;
    private final int headerRow;
    private final int firstDataRow;
    private final List<String[]> labels;
    private final List<String> shown;

    private Table(Sheet sheet, int headerRow, boolean subHeader) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.firstDataRow = headerRow + (subHeader ? 2 : 1);
        this.labels = new ArrayList<>();
        this.shown = new ArrayList<>();
        int lastColumn = Math.max(
                sheet.row(headerRow).isEmpty() ? -1 : sheet.row(headerRow).lastKey(),
                subHeader && !sheet.row(headerRow + 1).isEmpty()
                        ? sheet.row(headerRow + 1).lastKey()
                        : -1);
        String group = "";
        for (int c = 0; c <= lastColumn; c++) {
            String top = Vocabulary.compact(sheet.text(headerRow, c));
            String sub = subHeader ? Vocabulary.compact(sheet.text(headerRow + 1, c)) : "";
            if (top.isEmpty() && !sub.isEmpty()) {
                top = group; // a group header written once over its columns, not merged
            } else if (!top.isEmpty()) {
                group = sub.isEmpty() ? "" : top;
            }
            labels.add(sub.isEmpty() || sub.equals(top) ? new String[] {top} : new String[] {top, sub});
            String topText = sheet.text(headerRow, c);
            String subText = subHeader ? sheet.text(headerRow + 1, c) : "";
            shown.add(subText.isEmpty() || subText.equals(topText) ? topText : (topText + " " + subText).strip());
        }
    }

    /**
     * The first table in {@code sheet} whose header row holds a cell for every one of {@code anchors} (each a list of
     * spellings); {@code nameAnchor} is the anchor whose column holds the row names, blank or repeated in a second
     * header row.
     */
    static Optional<Table> find(Sheet sheet, List<List<String>> anchors, List<String> nameAnchor) {
        int last = Math.min(sheet.lastRow(), HEADER_SEARCH_ROWS);
        for (int r = 0; r <= last; r++) {
            List<String> cells = new ArrayList<>();
            for (var cell : sheet.row(r).entrySet()) {
                cells.add(Vocabulary.compact(cell.getValue().text()));
            }
            boolean all = anchors.stream()
                    .allMatch(spellings ->
                            spellings.stream().map(Vocabulary::compact).anyMatch(cells::contains));
            if (!all) {
                continue;
            }
            int nameColumn = columnOf(sheet, r, nameAnchor);
            String below = Vocabulary.compact(sheet.text(r + 1, nameColumn));
            boolean subHeader = below.isEmpty()
                    || nameAnchor.stream().map(Vocabulary::compact).anyMatch(below::equals);
            if (subHeader && sheet.row(r + 1).values().stream().allMatch(SheetCell::isBlank)) {
                subHeader = false; // an empty row between header and data
            }
            return Optional.of(new Table(sheet, r, subHeader));
        }
        return Optional.empty();
    }

    private static int columnOf(Sheet sheet, int row, List<String> spellings) {
        for (var cell : sheet.row(row).entrySet()) {
            String text = Vocabulary.compact(cell.getValue().text());
            if (spellings.stream().map(Vocabulary::compact).anyMatch(text::equals)) {
                return cell.getKey();
            }
        }
        return 0;
    }

    /**
     * The column whose header is one of {@code spellings}: "분양률", or "산업시설구역/분양률" for a column under a group
     * header; a part ending in * matches any header starting with it.
     */
    OptionalInt column(List<String> spellings) {
        for (String spelling : spellings) {
            String[] wanted = spelling.split("/");
            for (int c = 0; c < labels.size(); c++) {
                if (matches(labels.get(c), wanted)) {
                    return OptionalInt.of(c);
                }
            }
        }
        return OptionalInt.empty();
    }

    private static boolean matches(String[] label, String[] wanted) {
        if (label.length != wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            String part = wanted[i].strip();
            if (part.endsWith("*")) {
                if (!label[i].startsWith(Vocabulary.compact(part.substring(0, part.length() - 1)))) {
                    return false;
                }
            } else if (!label[i].equals(Vocabulary.compact(part))) {
                return false;
            }
        }
        return true;
    }

    /** The header of a column as the sheet writes it ("산업시설구역 분양률"). */
    String header(int column) {
        return column < shown.size() ? shown.get(column) : "";
    }

    Sheet sheet() {
        return sheet;
    }

    int firstDataRow() {
        return firstDataRow;
    }

    /** Every period written in a cell above the header (a title: "2025년 3분기 전국산업단지 현황"). */
    List<Quarter> periods(Pattern pattern) {
        List<Quarter> found = new ArrayList<>();
        for (int r = 0; r < headerRow; r++) {
            for (SheetCell cell : sheet.row(r).values()) {
                Matcher m = pattern.matcher(ComplexKey.cleanText(cell.text()));
                if (m.find()) {
                    try {
                        found.add(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                    } catch (IllegalArgumentException e) {
                        // not a plausible year: not a period
                    }
                }
            }
        }
        return found;
    }

    /** The data rows' numbers (from 0), in order. */
    List<Integer> dataRows(Predicate<Integer> keep) {
        List<Integer> rows = new ArrayList<>();
        for (int r : sheet.rowIndexes()) {
            if (r >= firstDataRow && keep.test(r)) {
                rows.add(r);
            }
        }
        return rows;
    }
}
