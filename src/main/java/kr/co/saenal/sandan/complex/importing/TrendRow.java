package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import kr.co.saenal.sandan.complex.TrendFigures;

/** One short name's figures from the trend workbook's tables 1, 4, 6, 8 and 10 (row: its row in table 1). */
public record TrendRow(int sheetRow, String shortName, TrendFigures figures) implements Serializable {}
