package kr.co.saenal.sandan.complex.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.DevelopmentStatus;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.StatisticsFigures;

/**
 * Reads the statistics workbook (전국산업단지현황통계): the complexes of 전국산업단지현황(상위단지); the members of bundles
 * from 전국산업단지현황, where they follow their bundle indented with no-break spaces (a bundle's row is the sum of its
 * members', so only the members are taken from there); the aged mark from 부록4)노후산업단지; the two-시도 mark from
 * 부록3 when the workbook has it.
 */
final class StatisticsReader {

    /** Circled numbers ①–⑳ and ㉑–㊿, KICOX's markers of bundle members. */
    private static final String CIRCLED = "\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF";

    private static final Pattern BUNDLE_SUFFIX =
            Pattern.compile("\\s*\\(\\s*[" + CIRCLED + "](\\s*\\+\\s*[" + CIRCLED + "])*\\s*\\)\\s*$");
    private static final Pattern MEMBER_SUFFIX = Pattern.compile("\\s*[" + CIRCLED + "]\\s*$");
    private static final Pattern MEMBER_PREFIX = Pattern.compile("^[\\u25B7\\u25B6\\u25BA\\u25B8\\u25B9\\u2023>]\\s*");

    private final Vocabulary words = Vocabulary.KICOX;

    /** The sheets of the workbook, by what they hold. */
    record Sheets(Sheet top, Sheet all, Sheet aged, Sheet spanning) {}

    StatisticsWorkbook read(WorkbookFile file, Sheets sheets) {
        List<RowProblem> problems = new ArrayList<>();
        Table top = table(sheets.top(), "statistics.header.type");
        Table all = table(sheets.all(), "statistics.header.type");
        Table aged = table(sheets.aged(), "statistics.header.type");
        Table spanning = sheets.spanning() == null
                ? null
                : Table.find(sheets.spanning(), anchors("statistics.header.spanning"), nameSpellings())
                        .orElse(null);

        Quarter quarter = period(List.of(top, all, aged));

        Columns topColumns = columns(top, true);
        Map<ComplexKey, StatisticsRow> tops = new LinkedHashMap<>();
        for (int r : top.dataRows(r -> true)) {
            Optional<Read> read = read(top, topColumns, r, true, problems);
            if (read.isEmpty()) {
                continue;
            }
            Read row = read.get();
            ComplexKey key = row.key(false);
            StatisticsRow earlier = tops.get(key);
            if (earlier != null) {
                problems.add(problem(
                        top,
                        r,
                        topColumns.name,
                        row.rawName,
                        RowProblem.Reason.DUPLICATE,
                        String.valueOf(earlier.sheetRow())));
                continue;
            }
            tops.put(
                    key,
                    new StatisticsRow(
                            top.sheet().name(),
                            r + 1,
                            key,
                            row.name,
                            row.sigun,
                            null,
                            row.status,
                            row.figures,
                            false,
                            false));
        }
        if (tops.isEmpty()) {
            throw new WorkbookRefusedException(
                    WorkbookRefusedException.Reason.NO_ROWS, top.sheet().name());
        }

        List<StatisticsRow> members = members(all, tops, problems);
        markAged(aged, tops, problems);
        if (spanning != null) {
            markSpanning(spanning, tops, problems);
        }

        List<StatisticsRow> rows = new ArrayList<>(tops.values());
        rows.addAll(members);
        return new StatisticsWorkbook(file, quarter, rows, problems);
    }

    /** The members of bundles, each under the nearest row above it that is indented less. */
    private List<StatisticsRow> members(Table all, Map<ComplexKey, StatisticsRow> tops, List<RowProblem> problems) {
        Columns columns = columns(all, true);
        record Level(int indent, ComplexKey key, boolean known) {}
        Deque<Level> levels = new ArrayDeque<>();
        Map<ComplexKey, StatisticsRow> members = new LinkedHashMap<>();
        for (int r : all.dataRows(r -> true)) {
            String rawName = all.sheet().cell(r, columns.name).text();
            int indent = indent(rawName);
            boolean member = indent > 0;
            // the figures of a bundle's own row are 상위단지's: problems in them are reported there
            List<RowProblem> found = new ArrayList<>();
            Optional<Read> read = read(all, columns, r, member, found);
            if (member) {
                problems.addAll(found);
            }
            while (!levels.isEmpty() && levels.peek().indent() >= indent) {
                levels.pop();
            }
            if (read.isEmpty()) {
                if (isBlankRow(all, r)) {
                    continue;
                }
                levels.push(new Level(indent, null, false)); // its members cannot be placed either
                continue;
            }
            Read row = read.get();
            if (!member) {
                ComplexKey key = row.key(false);
                levels.push(new Level(indent, key, tops.containsKey(key)));
                continue;
            }
            ComplexKey key = row.key(true);
            Level parent = levels.peek();
            if (parent == null || !parent.known()) {
                problems.add(problem(
                        all,
                        r,
                        columns.name,
                        rawName,
                        RowProblem.Reason.BUNDLE_NOT_LISTED,
                        parent == null || parent.key() == null
                                ? ""
                                : parent.key().name()));
                levels.push(new Level(indent, key, false));
                continue;
            }
            StatisticsRow earlier = members.get(key);
            if (earlier != null) {
                problems.add(problem(
                        all,
                        r,
                        columns.name,
                        rawName,
                        RowProblem.Reason.DUPLICATE,
                        String.valueOf(earlier.sheetRow())));
                levels.push(new Level(indent, key, false));
                continue;
            }
            members.put(
                    key,
                    new StatisticsRow(
                            all.sheet().name(),
                            r + 1,
                            key,
                            row.name,
                            row.sigun,
                            parent.key(),
                            row.status,
                            row.figures,
                            false,
                            false));
            levels.push(new Level(indent, key, true));
        }
        return new ArrayList<>(members.values());
    }

    /**
     * 부록4's complexes are aged. Each is found by its key; else, when only one complex fits, by type, 시도 and name,
     * or by type, 시도, 시군 and the very same figures (부록4 sometimes spells a name its own way:
     * 서산오토밸리일반산업단지[구:서산] for 서산오토밸리(구 서산)).
     */
    private void markAged(Table aged, Map<ComplexKey, StatisticsRow> tops, List<RowProblem> problems) {
        Columns columns = columns(aged, true);
        for (int r : aged.dataRows(r -> true)) {
            Optional<Read> read = read(aged, columns, r, true, new ArrayList<>());
            if (read.isEmpty()) {
                read = read(aged, columns, r, false, new ArrayList<>());
            }
            if (read.isEmpty()) {
                continue;
            }
            Read row = read.get();
            ComplexKey key = row.key(false);
            ComplexKey found = tops.containsKey(key) ? key : unique(tops, key);
            if (found == null && row.figures() != null) {
                found = sameFigures(tops, key, row.figures());
            }
            if (found == null) {
                problems.add(problem(aged, r, columns.name, row.rawName, RowProblem.Reason.AGED_NOT_LISTED));
                continue;
            }
            tops.put(found, tops.get(found).markedAged());
        }
    }

    private static ComplexKey sameFigures(
            Map<ComplexKey, StatisticsRow> tops, ComplexKey wanted, StatisticsFigures figures) {
        List<ComplexKey> candidates = tops.entrySet().stream()
                .filter(e -> e.getKey().type() == wanted.type()
                        && e.getKey().sido() == wanted.sido()
                        && e.getKey().sigun().equals(wanted.sigun())
                        && e.getValue().figures().equals(figures))
                .map(Map.Entry::getKey)
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static ComplexKey unique(Map<ComplexKey, StatisticsRow> tops, ComplexKey wanted) {
        List<ComplexKey> candidates = tops.keySet().stream()
                .filter(k -> k.type() == wanted.type()
                        && k.sido() == wanted.sido()
                        && k.name().equals(wanted.name()))
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** 부록3 lists, under each complex that spans two 시도, its parts in each; 상위단지 has one row per 시도. */
    private void markSpanning(Table spanning, Map<ComplexKey, StatisticsRow> tops, List<RowProblem> problems) {
        OptionalInt group = spanning.column(words.spellings("statistics.header.spanning"));
        OptionalInt sidoColumn = spanning.column(words.spellings("statistics.header.sido"));
        if (group.isEmpty() || sidoColumn.isEmpty()) {
            return; // an optional sheet: without its columns there is nothing to mark
        }
        Map<String, Set<Sido>> spans = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        String current = "";
        for (int r : spanning.dataRows(r -> true)) {
            String name = ComplexKey.matchForm(spanning.sheet().text(r, group.getAsInt()));
            if (!name.isEmpty()) {
                current = name; // merged down its parts, or written once
            }
            Optional<Sido> sido =
                    words.constant(Sido.class, "sido.", spanning.sheet().text(r, sidoColumn.getAsInt()));
            if (current.isEmpty() || sido.isEmpty()) {
                continue;
            }
            spans.computeIfAbsent(current, k -> new TreeSet<>()).add(sido.get());
            firstRow.putIfAbsent(current, r);
        }
        spans.forEach((name, sidos) -> {
            for (Sido sido : sidos) {
                List<ComplexKey> matching = tops.keySet().stream()
                        .filter(k -> k.sido() == sido && k.name().equals(name))
                        .toList();
                if (matching.isEmpty()) {
                    int r = firstRow.get(name);
                    problems.add(problem(spanning, r, group.getAsInt(), name, RowProblem.Reason.SPANNING_NOT_LISTED));
                }
                matching.forEach(k -> tops.put(k, tops.get(k).markedSpanning()));
            }
        });
    }

    /** What one row says, when it can be read. */
    private record Read(
            ComplexType type,
            Sido sido,
            String sigun,
            String rawName,
            String name,
            DevelopmentStatus status,
            StatisticsFigures figures) {

        ComplexKey key(boolean member) {
            return new ComplexKey(type, sido, sigun, name, member);
        }
    }

    /**
     * One row, or empty when it is blank, a note, or unreadable (then {@code problems} says why). Figures and status
     * are read only when {@code complete}.
     */
    private Optional<Read> read(Table table, Columns columns, int r, boolean complete, List<RowProblem> problems) {
        Sheet sheet = table.sheet();
        String typeText = sheet.text(r, columns.type);
        String rawName = sheet.cell(r, columns.name).text();
        String name = cleanName(rawName);
        if (typeText.isEmpty() && name.isEmpty()) {
            return Optional.empty();
        }
        if (isNote(typeText) || isNote(name)) {
            return Optional.empty();
        }
        Optional<ComplexType> type = words.constant(ComplexType.class, "type.", typeText);
        if (type.isEmpty()) {
            if (!hasNumbers(sheet, r)) {
                return Optional.empty(); // a note written in the table's first column
            }
            problems.add(problem(table, r, columns.type, typeText, RowProblem.Reason.UNKNOWN_TYPE));
            return Optional.empty();
        }
        List<RowProblem> found = new ArrayList<>();
        if (name.isEmpty()) {
            found.add(problem(table, r, columns.name, rawName, RowProblem.Reason.MISSING_NAME));
        }
        String sidoText = sheet.text(r, columns.sido);
        Optional<Sido> sido = words.constant(Sido.class, "sido.", sidoText);
        if (sido.isEmpty()) {
            found.add(problem(table, r, columns.sido, sidoText, RowProblem.Reason.UNKNOWN_SIDO));
        }
        String sigun = sheet.text(r, columns.sigun);
        if (sigun.isEmpty()) {
            found.add(problem(table, r, columns.sigun, sigun, RowProblem.Reason.MISSING_SIGUN));
        }
        DevelopmentStatus status = null;
        StatisticsFigures figures = null;
        if (complete) {
            String statusText = sheet.text(r, columns.status);
            Optional<DevelopmentStatus> known = words.constant(DevelopmentStatus.class, "status.", statusText);
            if (known.isEmpty()) {
                found.add(problem(table, r, columns.status, statusText, RowProblem.Reason.UNKNOWN_STATUS));
            } else {
                status = known.get();
            }
            Map<StatisticsField, Figure> values = new EnumMap<>(StatisticsField.class);
            for (StatisticsField field : StatisticsField.values()) {
                int c = columns.figures.get(field);
                SheetCell cell = sheet.cell(r, c);
                Cells.Reading reading = Cells.figure(cell, field.scale());
                if (reading.readable()) {
                    values.put(field, reading.figure());
                } else {
                    found.add(problem(table, r, c, cell.text(), reading.problem()));
                }
            }
            if (values.size() == StatisticsField.values().length) {
                figures = StatisticsFigures.of(values);
            }
        }
        if (!found.isEmpty()) {
            problems.addAll(found);
            return Optional.empty();
        }
        return Optional.of(new Read(type.get(), sido.get(), sigun, rawName, name, status, figures));
    }

    /** The name without KICOX's markers: a member's ▷ and ①, a bundle's (① + ②). */
    static String cleanName(String raw) {
        String name = ComplexKey.cleanText(raw);
        name = MEMBER_PREFIX.matcher(name).replaceFirst("");
        name = BUNDLE_SUFFIX.matcher(name).replaceFirst("");
        name = MEMBER_SUFFIX.matcher(name).replaceFirst("");
        return ComplexKey.cleanText(name);
    }

    /** How far a name is indented: the spaces (no-break, ideographic or plain) before it. */
    static int indent(String raw) {
        int count = 0;
        while (count < raw.length()) {
            char c = raw.charAt(count);
            if (c != '\u00A0' && c != ' ' && c != '\u3000' && c != '\t') {
                break;
            }
            count++;
        }
        return count;
    }

    private static boolean isNote(String text) {
        return text.startsWith("*") || text.startsWith("\u203B") || text.startsWith("\uFF0A");
    }

    private static boolean hasNumbers(Sheet sheet, int r) {
        return sheet.row(r).values().stream().anyMatch(SheetCell::number);
    }

    private static boolean isBlankRow(Table table, int r) {
        return table.sheet().row(r).values().stream().allMatch(SheetCell::isBlank);
    }

    private Quarter period(List<Table> tables) {
        Pattern pattern = words.pattern("period.pattern");
        Map<String, Quarter> found = new LinkedHashMap<>();
        for (Table table : tables) {
            table.periods(pattern).stream()
                    .findFirst()
                    .ifPresent(q -> found.put(table.sheet().name(), q));
        }
        return WorkbookReader.onePeriod(found);
    }

    /** The table of a sheet, or a refusal naming the sheet and the header it lacks. */
    private Table table(Sheet sheet, String anchorKey) {
        List<List<String>> anchors = anchors(anchorKey);
        return Table.find(sheet, anchors, nameSpellings()).orElseThrow(() -> missing(sheet, anchors));
    }

    private List<List<String>> anchors(String firstKey) {
        return List.of(
                words.spellings(firstKey),
                words.spellings("statistics.header.sido"),
                words.spellings("statistics.header.sigun"),
                words.spellings("statistics.header.name"));
    }

    private List<String> nameSpellings() {
        return words.spellings("statistics.header.name");
    }

    /** Names the first anchor the sheet lacks entirely, else the whole header. */
    private static WorkbookRefusedException missing(Sheet sheet, List<List<String>> anchors) {
        for (List<String> spellings : anchors) {
            boolean anywhere = false;
            for (int r = 0; r <= Math.min(sheet.lastRow(), 40) && !anywhere; r++) {
                for (SheetCell cell : sheet.row(r).values()) {
                    String text = Vocabulary.compact(cell.text());
                    if (spellings.stream().map(Vocabulary::compact).anyMatch(text::equals)) {
                        anywhere = true;
                        break;
                    }
                }
            }
            if (!anywhere) {
                return new WorkbookRefusedException(
                        WorkbookRefusedException.Reason.MISSING_HEADER, sheet.name(), spellings.get(0));
            }
        }
        return new WorkbookRefusedException(
                WorkbookRefusedException.Reason.MISSING_HEADER,
                sheet.name(),
                String.join(", ", anchors.stream().map(s -> s.get(0)).toList()));
    }

    /** Where each column of a statistics table is. */
    private static final class Columns {
        int type;
        int sido;
        int sigun;
        int name;
        int status;
        final Map<StatisticsField, Integer> figures = new EnumMap<>(StatisticsField.class);
    }

    private Columns columns(Table table, boolean complete) {
        Columns columns = new Columns();
        columns.type = required(table, "statistics.header.type");
        columns.sido = required(table, "statistics.header.sido");
        columns.sigun = required(table, "statistics.header.sigun");
        columns.name = required(table, "statistics.header.name");
        if (complete) {
            columns.status = required(table, "statistics.header.status");
            for (StatisticsField field : StatisticsField.values()) {
                columns.figures.put(field, required(table, "statistics.header." + field.name()));
            }
        }
        return columns;
    }

    private int required(Table table, String key) {
        List<String> spellings = words.spellings(key);
        return table.column(spellings)
                .orElseThrow(() -> new WorkbookRefusedException(
                        WorkbookRefusedException.Reason.MISSING_HEADER,
                        table.sheet().name(),
                        spellings.get(0).replace('/', ' ')));
    }

    static RowProblem problem(Table table, int r, int column, String value, RowProblem.Reason reason, String... args) {
        return new RowProblem(
                table.sheet().name(),
                r + 1,
                Sheet.columnLetter(column),
                table.header(column),
                ComplexKey.cleanText(value),
                reason,
                List.of(args));
    }
}
