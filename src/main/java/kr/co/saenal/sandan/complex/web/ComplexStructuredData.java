package kr.co.saenal.sandan.complex.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import kr.co.saenal.sandan.complex.ComplexDetail;
import kr.co.saenal.sandan.complex.ComplexPaths;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.StatisticsFigures;
import kr.co.saenal.sandan.platform.Jsons;

/**
 * schema.org JSON-LD of a complex's page: the complex as a {@code Place} (its address 시도 and 시군, inside the 시도
 * as an {@code AdministrativeArea}, its newest figures as {@code PropertyValue}s with their units; figures KICOX
 * marked "X" or "-" are left out rather than written as 0) and the page's {@code BreadcrumbList}. Names and units
 * are the Korean ones, the content's language. Made safe to stand inside a script element ({@link #scriptText}).
 *
 * @param base the site's absolute address
 */
record ComplexStructuredData(ComplexDetail complex, String base) {

    JsonObject place() {
        String url = base + complex.path();
        String sido = complex.sido().label(Locale.KOREAN);
        JsonObjectBuilder json = Jsons.PROVIDER
                .createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Place")
                .add("@id", url)
                .add("name", complex.name())
                .add("url", url)
                .add(
                        "address",
                        Jsons.PROVIDER
                                .createObjectBuilder()
                                .add("@type", "PostalAddress")
                                .add("addressCountry", "KR")
                                .add("addressRegion", sido)
                                .add("addressLocality", complex.sigun()))
                .add(
                        "containedInPlace",
                        Jsons.PROVIDER
                                .createObjectBuilder()
                                .add("@type", "AdministrativeArea")
                                .add("name", sido)
                                .add("url", base + ComplexPaths.region(complex.sido())));
        if (complex.latest() != null) {
            StatisticsFigures figures = complex.latest().figures();
            JsonArrayBuilder properties = Jsons.PROVIDER.createArrayBuilder();
            for (StatisticsField field : StatisticsField.values()) {
                Figure figure = figures.get(field);
                if (figure.hasValue()) {
                    properties.add(Jsons.PROVIDER
                            .createObjectBuilder()
                            .add("@type", "PropertyValue")
                            .add("name", field.label(Locale.KOREAN))
                            .add("value", figure.value())
                            .add("unitText", field.unit().label(Locale.KOREAN)));
                }
            }
            json.add("additionalProperty", properties);
        }
        return json.build();
    }

    JsonObject breadcrumbs(String home, String directory, String region) {
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "BreadcrumbList")
                .add(
                        "itemListElement",
                        Jsons.PROVIDER
                                .createArrayBuilder()
                                .add(crumb(1, home, base + "/"))
                                .add(crumb(2, directory, base + "/complexes"))
                                .add(crumb(3, region, base + ComplexPaths.region(complex.sido())))
                                .add(crumb(4, complex.name(), base + complex.path())))
                .build();
    }

    private static JsonObject crumb(int position, String name, String url) {
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("@type", "ListItem")
                .add("position", position)
                .add("name", name)
                .add("item", url)
                .build();
    }

    /**
     * JSON as the text of a script element: {@code <}, {@code >} and {@code &} written as {@code \u003c},
     * {@code \u003e} and {@code \u0026}, which JSON reads back unchanged, so no name can end the element early.
     */
    static String scriptText(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
