package kr.co.saenal.sandan.complex;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The directory's filters as query parameters, the same for the list page, {@code /complexes.csv} and {@code GET
 * /api/complexes}: {@code sido} (a {@link Sido#slug()}), {@code type} ({@code national}, {@code general},
 * {@code urban-high-tech}, {@code agro-industrial}), {@code status} ({@code completed}, {@code under-construction},
 * {@code undeveloped}), {@code aged} ({@code true}/{@code false}), {@code minRate} and {@code maxRate} (분양률 in %,
 * 0–100), {@code q} (name or 시군), {@code sort} ({@code name}, {@code area}, {@code sale-rate}, {@code tenants}),
 * {@code order} ({@code asc}/{@code desc}), {@code page} (from 1) and {@code size}.
 *
 * <p>{@link #parse} never throws on what a visitor typed: a value it cannot use is left out of the query and
 * reported as a {@link Problem} (the API answers 400 with them; pages show the list without that filter and say so).
 */
public final class ComplexListParameters {

    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_TEXT = 100;

    private ComplexListParameters() {}

    /** A parameter whose value could not be used, with what people read about it. */
    public record Problem(String parameter, String value, String message) {}

    /** The query the parameters ask for (bad ones left out) and what was wrong with the others. */
    public record Parsed(ComplexListQuery query, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads the first value of each known parameter of {@code parameters} (a servlet or JAX-RS map). */
    public static Parsed parse(Function<String, String> parameter, int defaultSize) {
        List<Problem> problems = new ArrayList<>();
        Sido sido = code(parameter, "sido", Sido.class, problems);
        ComplexType type = code(parameter, "type", ComplexType.class, problems);
        DevelopmentStatus status = code(parameter, "status", DevelopmentStatus.class, problems);
        Boolean aged = bool(parameter, "aged", problems);
        BigDecimal minRate = rate(parameter, "minRate", problems);
        BigDecimal maxRate = rate(parameter, "maxRate", problems);
        if (minRate != null && maxRate != null && minRate.compareTo(maxRate) > 0) {
            problems.add(new Problem("maxRate", parameter.apply("maxRate"), say("parameters.rateOrder")));
            maxRate = null;
        }
        String text = parameter.apply("q");
        if (text != null && text.strip().length() > MAX_TEXT) {
            problems.add(new Problem("q", text, say("parameters.textTooLong", MAX_TEXT)));
            text = null;
        }
        ComplexSort sort = code(parameter, "sort", ComplexSort.class, problems, SORT_CODES);
        Boolean ascending = null;
        String order = parameter.apply("order");
        if (order != null && !order.isBlank()) {
            switch (order.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> ascending = true;
                case "desc" -> ascending = false;
                default -> problems.add(new Problem("order", order, say("parameters.order")));
            }
        }
        int page = whole(parameter, "page", 1, Integer.MAX_VALUE / ComplexListQuery.MAX_PAGE_SIZE, 1, problems);
        int size = whole(parameter, "size", 1, ComplexListQuery.MAX_PAGE_SIZE, defaultSize, problems);
        return new Parsed(
                new ComplexListQuery(sido, type, status, aged, minRate, maxRate, text, sort, ascending, page, size),
                List.copyOf(problems));
    }

    /**
     * The query as parameters (for links: other pages, other sorts, the CSV of the same filter), in a stable order,
     * leaving out what is the default; {@code page} and {@code size} only when asked.
     */
    public static Map<String, String> of(ComplexListQuery query, boolean withPage, int defaultSize) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.text() != null) {
            parameters.put("q", query.text());
        }
        if (query.sido() != null) {
            parameters.put("sido", query.sido().slug());
        }
        if (query.type() != null) {
            parameters.put("type", code(query.type()));
        }
        if (query.status() != null) {
            parameters.put("status", code(query.status()));
        }
        if (query.aged() != null) {
            parameters.put("aged", query.aged().toString());
        }
        if (query.minSaleRate() != null) {
            parameters.put("minRate", query.minSaleRate().stripTrailingZeros().toPlainString());
        }
        if (query.maxSaleRate() != null) {
            parameters.put("maxRate", query.maxSaleRate().stripTrailingZeros().toPlainString());
        }
        if (query.sort() != ComplexSort.NAME) {
            parameters.put("sort", SORT_CODES.get(query.sort()));
        }
        if (query.ascending() != null && query.isAscending() != (query.sort() == ComplexSort.NAME)) {
            parameters.put("order", query.isAscending() ? "asc" : "desc");
        }
        if (withPage && query.page() > 1) {
            parameters.put("page", Integer.toString(query.page()));
        }
        if (withPage && query.size() != defaultSize) {
            parameters.put("size", Integer.toString(query.size()));
        }
        return parameters;
    }

    /** {@code ?q=…&sido=…} of {@link #of}, or the empty string; values percent-encoded. */
    public static String queryString(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        parameters.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    /** The code of an enum constant in addresses: {@code URBAN_HIGH_TECH} → {@code urban-high-tech}. */
    public static String code(Enum<?> constant) {
        if (constant instanceof Sido sido) {
            return sido.slug();
        }
        if (constant instanceof ComplexSort sort) {
            return SORT_CODES.get(sort);
        }
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static final Map<ComplexSort, String> SORT_CODES = Map.of(
            ComplexSort.NAME, "name",
            ComplexSort.DESIGNATED_AREA, "area",
            ComplexSort.SALE_RATE, "sale-rate",
            ComplexSort.TENANT_FIRMS, "tenants");

    private static <E extends Enum<E>> E code(
            Function<String, String> parameter, String name, Class<E> type, List<Problem> problems) {
        return code(parameter, name, type, problems, null);
    }

    private static <E extends Enum<E>> E code(
            Function<String, String> parameter,
            String name,
            Class<E> type,
            List<Problem> problems,
            Map<E, String> codes) {
        String raw = parameter.apply(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String wanted = raw.strip().toLowerCase(Locale.ROOT);
        StringJoiner known = new StringJoiner(", ");
        for (E constant : type.getEnumConstants()) {
            String code = codes != null ? codes.get(constant) : code(constant);
            if (code.equals(wanted)) {
                return constant;
            }
            known.add(code);
        }
        problems.add(new Problem(name, raw, say("parameters.unknownCode", known.toString())));
        return null;
    }

    private static Boolean bool(Function<String, String> parameter, String name, List<Problem> problems) {
        String raw = parameter.apply(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> {
                problems.add(new Problem(name, raw, say("parameters.bool")));
                yield null;
            }
        };
    }

    private static BigDecimal rate(Function<String, String> parameter, String name, List<Problem> problems) {
        String raw = parameter.apply(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal rate = new BigDecimal(raw.strip());
            if (rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return rate;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new Problem(name, raw, say("parameters.rate")));
        return null;
    }

    private static int whole(
            Function<String, String> parameter, String name, int min, int max, int absent, List<Problem> problems) {
        String raw = parameter.apply(name);
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new Problem(name, raw, say("parameters.whole", min, max)));
        return absent;
    }

    private static String say(String key, Object... arguments) {
        return Texts.say(ComplexListParameters.class, key, arguments);
    }
}
