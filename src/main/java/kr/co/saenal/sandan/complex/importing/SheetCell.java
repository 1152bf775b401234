package kr.co.saenal.sandan.complex.importing;

/**
 * One cell as the sheet stores it: a number's text exactly as written in the file ({@code 82.72},
 * {@code 1.1237469930419583E7}), or the text of a string cell.
 */
record SheetCell(String text, boolean number) {

    static final SheetCell BLANK = new SheetCell("", false);

    boolean isBlank() {
        return !number && text.isBlank();
    }
}
