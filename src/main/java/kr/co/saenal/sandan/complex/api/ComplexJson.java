package kr.co.saenal.sandan.complex.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import kr.co.saenal.sandan.complex.ComplexDetail;
import kr.co.saenal.sandan.complex.ComplexListPage;
import kr.co.saenal.sandan.complex.ComplexListParameters;
import kr.co.saenal.sandan.complex.ComplexListRow;
import kr.co.saenal.sandan.complex.ComplexPaths;
import kr.co.saenal.sandan.complex.ComplexRef;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.QuarterFigures;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.TrendField;
import kr.co.saenal.sandan.complex.TrendQuarter;
import kr.co.saenal.sandan.complex.Unit;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The JSON shape of the directory's API, written out explicitly so that it changes only on purpose. Codes
 * ({@code national}, {@code incheon}, {@code completed}, {@code thousand-square-metres}) are the list's query
 * parameter values and never change with the language; each comes with its label in the language asked for. A
 * figure is {@code {"value": 803666.5, "unit": …}} or, when KICOX gives no number, {@code {"value": null,
 * "mark": "suppressed" | "none", …}}: never 0.
 */
final class ComplexJson {

    private ComplexJson() {}

    static JsonObject page(ComplexListPage page, Map<String, String> links, Locale language) {
        JsonArrayBuilder items = Jsons.PROVIDER.createArrayBuilder();
        page.rows().forEach(row -> items.add(item(row, page.quarter(), language)));
        JsonObjectBuilder json = Jsons.PROVIDER.createObjectBuilder();
        quarterAndSource(json, page.quarter(), language);
        JsonObjectBuilder linkObject = Jsons.PROVIDER.createObjectBuilder();
        links.forEach(linkObject::add);
        return json.add("items", items)
                .add("page", page.paging().page())
                .add("size", page.paging().size())
                .add("total", page.total())
                .add("totalPages", page.paging().getTotalPages())
                .add("links", linkObject)
                .build();
    }

    static JsonObject detail(ComplexDetail complex, Locale language) {
        QuarterFigures latest = complex.latest();
        JsonObjectBuilder json = Jsons.PROVIDER
                .createObjectBuilder()
                .add("id", complex.id())
                .add("name", complex.name())
                .add("slug", complex.slug())
                .add("type", code(complex.type(), complex.type().label(language)))
                .add("sido", code(complex.sido(), complex.sido().label(language)))
                .add("sigun", complex.sigun())
                .add("bundleMember", complex.bundleMember())
                .add("url", complex.path());
        quarterAndSource(json, latest == null ? null : latest.quarter(), language);
        if (latest != null) {
            status(json, latest, language)
                    .add("aged", latest.aged())
                    .add("spansTwoRegions", latest.spansTwoRegions())
                    .add("figures", statistics(latest, language));
        }
        JsonArrayBuilder history = Jsons.PROVIDER.createArrayBuilder();
        for (QuarterFigures quarter : complex.history()) {
            JsonObjectBuilder entry = Jsons.PROVIDER
                    .createObjectBuilder()
                    .add("quarter", quarter(quarter.quarter(), language))
                    .add("name", quarter.name());
            history.add(status(entry, quarter, language)
                    .add("aged", quarter.aged())
                    .add("spansTwoRegions", quarter.spansTwoRegions())
                    .add("figures", statistics(quarter, language)));
        }
        json.add("history", history);
        if (complex.bundle() != null) {
            json.add("bundle", ref(complex.bundle()));
        }
        JsonArrayBuilder members = Jsons.PROVIDER.createArrayBuilder();
        complex.members().forEach(member -> members.add(item(member, null, language)));
        json.add("members", members);
        JsonArrayBuilder trend = Jsons.PROVIDER.createArrayBuilder();
        for (TrendQuarter quarter : complex.trend()) {
            JsonObjectBuilder figures = Jsons.PROVIDER.createObjectBuilder();
            for (TrendField field : TrendField.values()) {
                figures.add(name(field), figure(quarter.figures().get(field), field.unit(), language));
            }
            trend.add(Jsons.PROVIDER
                    .createObjectBuilder()
                    .add("quarter", quarter(quarter.quarter(), language))
                    .add("shortName", quarter.shortName())
                    .add(
                            "source",
                            say(
                                    language,
                                    "directorySource.trend",
                                    quarter.quarter().label(language)))
                    .add("figures", figures));
        }
        return json.add("trend", trend).build();
    }

    /** One complex of a list; {@code quarter} {@code null} for a bundle's members (their complex has it). */
    private static JsonObject item(ComplexListRow row, Quarter quarter, Locale language) {
        JsonObjectBuilder figures = Jsons.PROVIDER
                .createObjectBuilder()
                .add(
                        name(StatisticsField.DESIGNATED_AREA),
                        figure(row.designatedArea(), Unit.THOUSAND_SQUARE_METRES, language))
                .add(name(StatisticsField.SALE_RATE), figure(row.saleRate(), Unit.PERCENT, language))
                .add(name(StatisticsField.TENANT_FIRMS), figure(row.tenantFirms(), Unit.FIRMS, language))
                .add(name(StatisticsField.OPERATING_FIRMS), figure(row.operatingFirms(), Unit.FIRMS, language));
        JsonObjectBuilder json = Jsons.PROVIDER
                .createObjectBuilder()
                .add("id", row.id())
                .add("name", row.name())
                .add("type", code(row.type(), row.type().label(language)))
                .add("sido", code(row.sido(), row.sido().label(language)))
                .add("sigun", row.sigun());
        if (row.status() != null) {
            json.add("status", code(row.status(), row.status().label(language)));
        }
        return json.add("figures", figures)
                .add("aged", row.aged())
                .add("spansTwoRegions", row.spansTwoRegions())
                .add("members", row.members())
                .add("url", ComplexPaths.of(row.id(), row.slug()))
                .build();
    }

    private static void quarterAndSource(JsonObjectBuilder json, Quarter quarter, Locale language) {
        if (quarter == null) {
            json.addNull("quarter").addNull("source");
        } else {
            json.add("quarter", quarter(quarter, language))
                    .add("source", say(language, "directorySource.statistics", quarter.label(language)));
        }
    }

    private static JsonObject statistics(QuarterFigures quarter, Locale language) {
        JsonObjectBuilder figures = Jsons.PROVIDER.createObjectBuilder();
        for (StatisticsField field : StatisticsField.values()) {
            figures.add(name(field), figure(quarter.figures().get(field), field.unit(), language));
        }
        return figures.build();
    }

    /** The 조성상태, which a few rows leave empty (then left out). */
    private static JsonObjectBuilder status(JsonObjectBuilder json, QuarterFigures quarter, Locale language) {
        return quarter.status() == null
                ? json
                : json.add("status", code(quarter.status(), quarter.status().label(language)));
    }

    private static JsonObject quarter(Quarter quarter, Locale language) {
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("year", quarter.year())
                .add("quarter", quarter.quarter())
                .add("label", quarter.label(language))
                .build();
    }

    private static JsonObject ref(ComplexRef ref) {
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("id", ref.id())
                .add("name", ref.name())
                .add("url", ComplexPaths.of(ref.id(), ref.slug()))
                .build();
    }

    private static JsonObject code(Enum<?> constant, String label) {
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("code", ComplexListParameters.code(constant))
                .add("label", label)
                .build();
    }

    /** {@code {"value": 1922, "unit": "firms", "unitLabel": "개"}} or a mark instead of the value. */
    static JsonObject figure(Figure figure, Unit unit, Locale language) {
        JsonObjectBuilder json = Jsons.PROVIDER.createObjectBuilder();
        if (figure == null) {
            json.addNull("value");
        } else if (figure.hasValue()) {
            json.add("value", plain(figure.value()));
        } else {
            json.addNull("value")
                    .add("mark", ComplexListParameters.code(figure.mark()))
                    .add("markLabel", figure.mark().label(language));
        }
        return json.add("unit", ComplexListParameters.code(unit))
                .add("unitLabel", unit.label(language))
                .build();
    }

    /** 803666.5 rather than 803666.500 or 8.036665E+5. */
    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /** {@code designatedArea} for {@code DESIGNATED_AREA}. */
    static String name(Enum<?> field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Texts.format(ComplexJson.class, language, key, arguments);
    }
}
