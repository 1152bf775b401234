package kr.co.saenal.sandan.complex.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as it streams past (SAX): every cell's stored value (numbers exactly as written, shared
 * and inline strings resolved), and the merged ranges, which {@link #sheet} fills with their first cell's value. It
 * refuses sheets larger than any KICOX workbook could be.
 */
final class SheetHandler extends DefaultHandler {

    /** Far more than the 1,440 rows of KICOX's largest sheet; a sheet beyond it is not one of theirs. */
    static final int MAX_ROWS = 20_000;
    /** Columns beyond this are ignored: KICOX's tables are 14 columns wide. */
    static final int MAX_COLUMNS = 100;
    /** Merged ranges larger than this are not filled (titles across a whole sheet; a crafted range). */
    private static final int MAX_MERGED_CELLS = 2_000;

    /** Thrown when the sheet is larger than {@link #MAX_ROWS}. */
    static final class TooLarge extends SAXException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("More than " + MAX_ROWS + " rows");
        }
    }

    private final String sheetName;
    private final SharedStrings strings;
    private final NavigableMap<Integer, NavigableMap<Integer, SheetCell>> rows = new TreeMap<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private int row = -1;
    private int column = -1;
    private String type;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private String value;
    private int rowCount;

    SheetHandler(String sheetName, SharedStrings strings) {
        this.sheetName = sheetName;
        this.strings = strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (plain(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                column = -1;
                if (++rowCount > MAX_ROWS || row >= 1_048_576) {
                    throw new TooLarge();
                }
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                type = attributes.getValue("t");
                value = null;
                text.setLength(0);
            }
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if ("inlineStr".equals(type) && !inPhonetic) {
                    inInlineText = true;
                }
            }
            case "mergeCell" -> {
                String ref = attributes.getValue("ref");
                if (ref != null && ref.contains(":")) {
                    merged.add(CellRangeAddress.valueOf(ref));
                }
            }
            default -> {
                // other elements carry nothing Sandan reads
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (plain(localName, qName)) {
            case "v" -> {
                inValue = false;
                value = text.toString();
            }
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> value = text.toString();
            case "c" -> {
                store();
                type = null;
                value = null;
            }
            default -> {
                // nothing to do
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    /** An element's name without its namespace prefix, whether or not the parser is namespace-aware. */
    private static String plain(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        return qName.substring(qName.indexOf(':') + 1);
    }

    private void store() {
        if (value == null || row < 0 || column < 0 || column >= MAX_COLUMNS) {
            return;
        }
        SheetCell cell;
        if (type == null || type.equals("n")) {
            cell = new SheetCell(value.strip(), true);
        } else if (type.equals("s")) {
            int index;
            try {
                index = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return;
            }
            if (index < 0 || index >= strings.getCount()) {
                return;
            }
            cell = new SheetCell(strings.getItemAt(index).getString(), false);
        } else if (type.equals("e")) {
            cell = new SheetCell("#" + value.strip().replace("#", ""), false);
        } else {
            // str (a formula's text), inlineStr, b (TRUE/FALSE as 1/0), d (a date as text)
            cell = new SheetCell(value, false);
        }
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
    }

    /** The sheet read, with merged ranges filled. */
    Sheet sheet() {
        for (CellRangeAddress range : merged) {
            if (range.getNumberOfCells() > MAX_MERGED_CELLS || range.getFirstColumn() >= MAX_COLUMNS) {
                continue;
            }
            SheetCell first =
                    rows.getOrDefault(range.getFirstRow(), new TreeMap<>()).get(range.getFirstColumn());
            if (first == null) {
                continue;
            }
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    rows.computeIfAbsent(r, k -> new TreeMap<>()).putIfAbsent(c, first);
                }
            }
        }
        return new Sheet(sheetName, rows);
    }
}
