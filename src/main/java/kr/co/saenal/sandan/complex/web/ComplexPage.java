package kr.co.saenal.sandan.complex.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.co.saenal.sandan.complex.AreaSummary;
import kr.co.saenal.sandan.complex.ComplexDetail;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexListRow;
import kr.co.saenal.sandan.complex.ComplexPaths;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.NationalSummary;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.QuarterFigures;
import kr.co.saenal.sandan.complex.RegionSummary;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.StatisticsFigures;
import kr.co.saenal.sandan.complex.TrendField;
import kr.co.saenal.sandan.complex.TrendQuarter;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.Language;
import kr.co.saenal.sandan.site.web.SiteInfo;

/**
 * /complexes/{id}/{slug}: one complex with KICOX's figures of its newest quarter (areas in 천㎡, ㎡ and 평, 분양률,
 * firms), its quarters as a chart and a table, how it compares with its 시도 and its type, its bundle, the trend
 * figures KICOX publishes for it, map links, the way to a consultation about it, and the data search engines read
 * (canonical address, OpenGraph, JSON-LD). Stateless: never opens an HTTP session, so the page cache may keep it.
 */
@Named
@RequestScoped
public class ComplexPage {

    @Inject
    ComplexDirectory directory;

    @Inject
    FacesContext faces;

    @Inject
    SiteInfo site;

    @Inject
    Language language;

    private ComplexDetail complex;
    private RegionSummary region;
    private NationalSummary national;

    /** View action: an unknown complex answers 404, a wrong or missing slug 301 to the canonical address. */
    public void load() throws IOException {
        faces.getViewRoot().setTransient(true);
        ExternalContext external = faces.getExternalContext();
        Object id = external.getRequestMap().get(ComplexRouteFilter.COMPLEX_ID);
        Optional<ComplexDetail> found = id instanceof Long complexId ? directory.complex(complexId) : Optional.empty();
        if (found.isEmpty()) {
            external.responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        complex = found.get();
        if (!complex.slug().equals(external.getRequestMap().get(ComplexRouteFilter.COMPLEX_SLUG))) {
            external.setResponseStatus(301);
            external.setResponseHeader("Location", external.getRequestContextPath() + complex.path());
            faces.responseComplete();
            return;
        }
        QuarterFigures latest = complex.latest();
        if (latest != null) {
            region = directory.region(complex.sido()).orElse(null);
            national = directory.nationalSummary().orElse(null);
        }
    }

    private Locale locale() {
        return language.getLocale();
    }

    /** One of this page's texts ({@code web.complexPage.KEY}) in the page's language, with its values. */
    public String t(String key, Object... values) {
        return Texts.say(ComplexPage.class, "web.complexPage." + key, values);
    }

    public ComplexDetail getComplex() {
        return complex;
    }

    public QuarterFigures getLatest() {
        return complex == null ? null : complex.latest();
    }

    private StatisticsFigures figures() {
        return complex.latest().figures();
    }

    /** "국가산업단지" in Korean, "National industrial complex" in English. */
    public String getTypeName() {
        return t("typeName." + complex.type().name());
    }

    /** 시도 and 시군: "경기 안산시". */
    public String getPlace() {
        return complex.sido().label(locale()) + " " + complex.sigun();
    }

    public String getRegionPath() {
        return ComplexPaths.region(complex.sido());
    }

    /** The statistics' source line with the quarter shown. */
    public String getStatisticsSource() {
        return t("source.statistics", complex.latest().quarter().label(locale()));
    }

    /** The history's source line: its one quarter, or its first and last. */
    public String getHistorySource() {
        List<QuarterFigures> history = complex.history();
        Quarter first = history.get(0).quarter();
        Quarter last = history.get(history.size() - 1).quarter();
        return first.equals(last)
                ? t("source.statistics", first.label(locale()))
                : t("source.statisticsRange", first.label(locale()), last.label(locale()));
    }

    public String getQuarterLabel() {
        return complex.latest().quarter().label(locale());
    }

    /** The area figures: 천㎡ as published, and the same area in ㎡ and 평. */
    public List<AreaLine> getAreas() {
        List<AreaLine> lines = new ArrayList<>();
        for (StatisticsField field : List.of(
                StatisticsField.DESIGNATED_AREA,
                StatisticsField.MANAGED_AREA,
                StatisticsField.INDUSTRIAL_AREA,
                StatisticsField.SALEABLE_AREA,
                StatisticsField.SOLD_AREA,
                StatisticsField.UNSOLD_AREA)) {
            Figure figure = figures().get(field);
            lines.add(new AreaLine(
                    field.label(locale()),
                    FigureText.of(figure, 3, locale()),
                    FigureText.squareMetres(figure, locale()),
                    FigureText.pyeong(figure, locale()),
                    figure.hasValue()));
        }
        return lines;
    }

    /** One area: its name, 천㎡, ㎡, 평 (or the mark's label in each). */
    public record AreaLine(String label, String thousands, String squareMetres, String pyeong, boolean hasValue) {}

    /** 분양률 as a rate line (text and bar). */
    public RateLine getSaleRate() {
        return rate(StatisticsField.SALE_RATE.label(locale()), figures().saleRate());
    }

    public String getTenantFirms() {
        return withUnit(
                figures().tenantFirms(), StatisticsField.TENANT_FIRMS.unit().label(locale()));
    }

    public String getOperatingFirms() {
        return withUnit(
                figures().operatingFirms(),
                StatisticsField.OPERATING_FIRMS.unit().label(locale()));
    }

    private String withUnit(Figure figure, String unit) {
        return figure.hasValue()
                ? t("withUnit", FigureText.of(figure, 0, locale()), unit)
                : FigureText.of(figure, 0, locale());
    }

    private RateLine rate(String label, Figure figure) {
        if (figure == null || !figure.hasValue()) {
            return new RateLine(label, FigureText.of(figure, 2, locale()), null);
        }
        return new RateLine(label, FigureText.of(figure, 2, locale()) + "%", barWidth(figure.value()));
    }

    private static String barWidth(BigDecimal percent) {
        BigDecimal clamped = percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return clamped.setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * A percentage with its bar: {@code text} is what is read ("97.07%", or 비공개); {@code bar} the bar's length in
     * percent for the decoration, {@code null} without a number.
     */
    public record RateLine(String label, String text, String bar) {}

    /* History: quarters as charts and a table. */

    public List<HistoryLine> getHistory() {
        List<HistoryLine> lines = new ArrayList<>();
        for (QuarterFigures quarter : complex.history()) {
            StatisticsFigures f = quarter.figures();
            lines.add(new HistoryLine(
                    quarter.quarter().label(locale()),
                    FigureText.of(f.designatedArea(), 3, locale()),
                    FigureText.of(f.saleRate(), 2, locale()),
                    FigureText.of(f.tenantFirms(), 0, locale()),
                    FigureText.of(f.operatingFirms(), 0, locale())));
        }
        return lines;
    }

    /** A quarter of the history table. */
    public record HistoryLine(
            String quarter, String designatedArea, String saleRate, String tenantFirms, String operatingFirms) {}

    /** 입주업체 and 가동업체 per quarter, as SVG. */
    public String getFirmsChart() {
        List<String> quarters = quarterLabels();
        return new QuarterChart(
                        "firms-chart",
                        t("history.firmsChart", complex.name()),
                        t("history.chartDescription"),
                        quarters,
                        List.of(series(StatisticsField.TENANT_FIRMS), series(StatisticsField.OPERATING_FIRMS)),
                        null,
                        locale())
                .svg();
    }

    /** 분양률 per quarter, as SVG (0–100%). */
    public String getSaleRateChart() {
        return new QuarterChart(
                        "sale-rate-chart",
                        t("history.saleRateChart", complex.name()),
                        t("history.chartDescription"),
                        quarterLabels(),
                        List.of(series(StatisticsField.SALE_RATE)),
                        BigDecimal.valueOf(100),
                        locale())
                .svg();
    }

    private List<String> quarterLabels() {
        return complex.history().stream().map(q -> q.quarter().label(locale())).toList();
    }

    private QuarterChart.Series series(StatisticsField field) {
        List<QuarterChart.Value> values = complex.history().stream()
                .map(q -> q.figures().get(field))
                .map(f -> f.hasValue()
                        ? QuarterChart.Value.of(f.value())
                        : QuarterChart.Value.missing(f.mark().label(locale())))
                .toList();
        return new QuarterChart.Series(field.label(locale()), values);
    }

    /* Comparison with the 시도 and the type, in the newest quarter. */

    /** Whether the 시도 and national sums are of the quarter this complex's figures are. */
    public boolean isComparable() {
        return complex.latest() != null
                && region != null
                && national != null
                && region.quarter().equals(complex.latest().quarter())
                && national.quarter().equals(complex.latest().quarter());
    }

    /** This complex, its 시도, its 시도's complexes of its type, and all complexes of its type. */
    public List<ComparisonLine> getComparison() {
        List<ComparisonLine> lines = new ArrayList<>();
        Figure tenants = figures().tenantFirms();
        RateLine own = rate(complex.name(), figures().saleRate());
        lines.add(new ComparisonLine(own.label(), own.text(), own.bar(), withUnit(tenants, unitOfFirms()), null));
        lines.add(line(t("comparison.region", complex.sido().label(locale())), region.total(), tenants));
        lines.add(line(
                t("comparison.regionType", complex.sido().label(locale()), getTypeName()),
                region.of(complex.type()),
                tenants));
        lines.add(line(t("comparison.nationalType", getTypeName()), national.of(complex.type()), null));
        return lines;
    }

    private String unitOfFirms() {
        return StatisticsField.TENANT_FIRMS.unit().label(locale());
    }

    private ComparisonLine line(String label, AreaSummary sums, Figure ownTenants) {
        BigDecimal rate = sums.saleRate();
        RateLine rateLine = rate == null ? rate(label, Figure.none()) : rate(label, Figure.of(rate));
        BigDecimal share = ownTenants == null ? null : FigureText.share(ownTenants, sums.tenantFirms());
        return new ComparisonLine(
                label,
                rateLine.text(),
                rateLine.bar(),
                t("withUnit", FigureText.number(sums.tenantFirms(), 0, locale()), unitOfFirms()),
                share == null ? null : t("comparison.share", FigureText.number(share, 1, locale())));
    }

    /**
     * A row of the comparison: {@code saleRate} 분양률 as read (the group's sold area over its area for sale), its
     * bar, the firms, and this complex's share of them ({@code null} where it makes no sense).
     */
    public record ComparisonLine(String label, String saleRate, String bar, String tenantFirms, String share) {}

    public String getComparisonSource() {
        return t("source.statistics", region.quarter().label(locale()));
    }

    /* Bundle. */

    public List<MemberLine> getMembers() {
        List<MemberLine> lines = new ArrayList<>();
        for (ComplexListRow member : complex.members()) {
            lines.add(new MemberLine(
                    member.name(),
                    member.path(),
                    member.sigun(),
                    member.status().label(locale()),
                    FigureText.of(member.designatedArea(), 3, locale()),
                    FigureText.of(member.saleRate(), 2, locale()),
                    FigureText.of(member.tenantFirms(), 0, locale()),
                    FigureText.of(member.operatingFirms(), 0, locale())));
        }
        return lines;
    }

    /** A member of the bundle, with its figures. */
    public record MemberLine(
            String name,
            String path,
            String sigun,
            String status,
            String designatedArea,
            String saleRate,
            String tenantFirms,
            String operatingFirms) {}

    /* Trend figures. */

    /** The newest trend quarter's figures, one block per short name, with the quarter before where imported. */
    public List<TrendBlock> getTrend() {
        List<TrendQuarter> trend = complex.trend();
        if (trend.isEmpty()) {
            return List.of();
        }
        Quarter newest = trend.get(0).quarter();
        Quarter previous = trend.stream()
                .map(TrendQuarter::quarter)
                .filter(q -> q.isBefore(newest))
                .findFirst()
                .orElse(null);
        List<TrendBlock> blocks = new ArrayList<>();
        for (TrendQuarter now : trend) {
            if (!now.quarter().equals(newest)) {
                continue;
            }
            TrendQuarter before = trend.stream()
                    .filter(q -> q.quarter().equals(previous) && q.shortName().equals(now.shortName()))
                    .findFirst()
                    .orElse(null);
            List<TrendLine> lines = new ArrayList<>();
            for (TrendField field : TrendField.values()) {
                int decimals = field.scale() > 0 ? 1 : 0;
                Figure figure = now.figures().get(field);
                Figure earlier = before == null ? null : before.figures().get(field);
                lines.add(new TrendLine(
                        field.label(locale()),
                        field.unit().label(locale()),
                        FigureText.of(figure, decimals, locale()),
                        earlier == null ? null : FigureText.of(earlier, decimals, locale()),
                        FigureText.change(figure, earlier, decimals, locale())));
            }
            Figure utilization = now.figures().utilizationRate();
            RateLine rate = rate(TrendField.UTILIZATION_RATE.label(locale()), utilization);
            blocks.add(new TrendBlock(
                    now.shortName(),
                    newest.label(locale()),
                    previous == null ? null : previous.label(locale()),
                    lines,
                    utilization.hasValue()
                            ? new RateLine(rate.label(), FigureText.of(utilization, 1, locale()) + "%", rate.bar())
                            : rate,
                    t("source.trend", newest.label(locale()))));
        }
        return blocks;
    }

    /** The trend figures of one short name: the quarter, the one before (or {@code null}), the lines, 가동률. */
    public record TrendBlock(
            String shortName,
            String quarter,
            String previousQuarter,
            List<TrendLine> lines,
            RateLine utilization,
            String source) {}

    /** One trend figure: its name, unit, this quarter, the quarter before and the change (or {@code null}). */
    public record TrendLine(String label, String unit, String now, String before, String change) {}

    /* Links. */

    /** What the map services are asked for: "인천 남동구 남동국가산업단지", always in Korean. */
    public String getMapQuery() {
        return MapLinks.query(complex);
    }

    public String getKakaoMapUrl() {
        return MapLinks.kakao(complex);
    }

    public String getNaverMapUrl() {
        return MapLinks.naver(complex);
    }

    /** The consultation form about this complex. */
    public String getConsultPath() {
        return "/consult?complex=" + complex.id();
    }

    /* Head. */

    public String getDescription() {
        if (complex.latest() == null) {
            return t("description.noFigures", complex.name(), getTypeName(), getPlace());
        }
        StatisticsFigures f = figures();
        return t(
                "description",
                complex.name(),
                getTypeName(),
                getPlace(),
                FigureText.of(f.designatedArea(), 1, locale()),
                FigureText.of(f.saleRate(), 2, locale()),
                FigureText.of(f.tenantFirms(), 0, locale()),
                getQuarterLabel());
    }

    /** The Place JSON-LD, ready to stand inside a script element. */
    public String getPlaceJsonLd() {
        return ComplexStructuredData.scriptText(structuredData().place());
    }

    /** The BreadcrumbList JSON-LD (홈 › 산업단지 › 시도 › complex). */
    public String getBreadcrumbJsonLd() {
        return ComplexStructuredData.scriptText(structuredData()
                .breadcrumbs(
                        t("breadcrumb.home"),
                        t("breadcrumb.directory"),
                        complex.sido().label(locale())));
    }

    private ComplexStructuredData structuredData() {
        return new ComplexStructuredData(complex, site.getBaseUrl());
    }
}
