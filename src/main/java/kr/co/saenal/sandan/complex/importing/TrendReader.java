package kr.co.saenal.sandan.complex.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.TrendField;
import kr.co.saenal.sandan.complex.TrendFigures;

/**
 * Reads the national-complex trend workbook (국가산업단지 산업동향정보): this quarter's columns of its tables 1 (입주,
 * 가동, 임차), 4 (생산), 6 (수출), 8 (고용) and 10 (가동률), row by row under KICOX's short names (남동, 반월 …) down to
 * the total row. "X" (suppressed for five or fewer firms) and "-" stay marks, never zeros.
 */
final class TrendReader {

    /** The tables read, each with the figures it gives. */
    enum TrendTable {
        TENANTS(TrendField.TENANT_FIRMS, TrendField.OPERATING_FIRMS, TrendField.LEASING_FIRMS),
        PRODUCTION(TrendField.PRODUCTION),
        EXPORTS(TrendField.EXPORTS),
        EMPLOYMENT(TrendField.EMPLOYMENT),
        UTILIZATION(TrendField.UTILIZATION_RATE);

        private final List<TrendField> fields;

        TrendTable(TrendField... fields) {
            this.fields = List.of(fields);
        }

        List<TrendField> fields() {
            return fields;
        }
    }

    private final Vocabulary words = Vocabulary.KICOX;

    TrendWorkbook read(WorkbookFile file, Map<TrendTable, Sheet> sheets) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        Map<String, Map<TrendField, Figure>> figures = new LinkedHashMap<>();
        Map<String, Quarter> periods = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        Pattern period = words.pattern("period.pattern");
        for (TrendTable kind : TrendTable.values()) {
            Sheet sheet = sheets.get(kind);
            List<String> nameHeader = words.spellings("trend.header.name");
            Table table = Table.find(sheet, List.of(nameHeader), nameHeader)
                    .orElseThrow(() -> new WorkbookRefusedException(
                            WorkbookRefusedException.Reason.MISSING_HEADER, sheet.name(), nameHeader.get(0)));
            table.periods(period).stream().findFirst().ifPresent(q -> periods.put(sheet.name(), q));
            int nameColumn = table.column(nameHeader).getAsInt();
            Map<TrendField, Integer> columns = new EnumMap<>(TrendField.class);
            for (TrendField field : kind.fields()) {
                List<String> spellings = words.spellings("trend.header." + field.name());
                OptionalInt column = table.column(spellings);
                if (column.isEmpty()) {
                    throw new WorkbookRefusedException(
                            WorkbookRefusedException.Reason.MISSING_HEADER,
                            sheet.name(),
                            spellings.get(0).replace('/', ' ').replace("*", ""));
                }
                columns.put(field, column.getAsInt());
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int r : table.dataRows(r -> true)) {
                String raw = sheet.text(r, nameColumn);
                String name = ComplexKey.matchForm(raw);
                if (name.isEmpty() || name.startsWith("*") || name.startsWith("\u203B")) {
                    continue;
                }
                if (words.is("trend.total", name)) {
                    break;
                }
                if (seen.containsKey(name)) {
                    problems.add(StatisticsReader.problem(
                            table, r, nameColumn, raw, RowProblem.Reason.DUPLICATE, String.valueOf(seen.get(name))));
                    continue;
                }
                seen.put(name, r + 1);
                Map<TrendField, Figure> read = new EnumMap<>(TrendField.class);
                boolean readable = true;
                for (TrendField field : kind.fields()) {
                    int c = columns.get(field);
                    SheetCell cell = sheet.cell(r, c);
                    Cells.Reading reading = Cells.figure(cell, field.scale());
                    if (reading.readable()) {
                        read.put(field, reading.figure());
                    } else {
                        problems.add(StatisticsReader.problem(table, r, c, cell.text(), reading.problem()));
                        readable = false;
                    }
                }
                if (!readable) {
                    unreadable.add(name); // left out of every table, not shown as none
                    continue;
                }
                rowOf.putIfAbsent(name, r + 1);
                figures.computeIfAbsent(name, k -> new EnumMap<>(TrendField.class))
                        .putAll(read);
            }
        }
        Quarter quarter = WorkbookReader.onePeriod(periods);
        List<TrendRow> rows = new ArrayList<>();
        figures.keySet().removeAll(unreadable);
        figures.forEach((name, read) -> {
            Map<TrendField, Figure> complete = new EnumMap<>(TrendField.class);
            for (TrendField field : TrendField.values()) {
                complete.put(field, read.getOrDefault(field, Figure.none())); // not in that table: none
            }
            rows.add(new TrendRow(rowOf.get(name), name, TrendFigures.of(complete)));
        });
        if (rows.isEmpty()) {
            throw new WorkbookRefusedException(
                    WorkbookRefusedException.Reason.NO_ROWS,
                    sheets.get(TrendTable.TENANTS).name());
        }
        return new TrendWorkbook(file, quarter, rows, problems);
    }
}
