package kr.co.saenal.sandan.complex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The directory's queries. Lists select straight into read models, one statement per list and one for its count;
 * a complex's page is four statements (the complex, its quarters, its bundle's members, its trend figures) whatever
 * its history.
 */
@ApplicationScoped
public class ComplexRepository {

    /** A complex's row of one import, with the complex. */
    private static final String ROWS = " from QuarterlyStatistics s join IndustrialComplex c on c.id = s.complexId";

    @PersistenceContext
    EntityManager em;

    /** The current statistics import of the newest quarter: the figures the directory shows. */
    public Optional<ImportRecord> latestStatistics() {
        return em.createQuery(
                        "select i from WorkbookImport i where i.kind = :kind and i.currentFigures = true"
                                + " order by i.periodYear desc, i.periodQuarter desc, i.id desc",
                        WorkbookImport.class)
                .setParameter("kind", WorkbookKind.STATISTICS)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(ImportRecord::of);
    }

    /** One page of the complexes of 상위단지 in an import that match the query. */
    public List<ComplexListRow> list(long importId, ComplexListQuery query) {
        StringBuilder jpql = new StringBuilder("select ")
                .append(ComplexListRow.COLUMNS_WITHOUT_MEMBERS)
                .append(ROWS);
        Map<String, Object> parameters = where(jpql, importId, query);
        jpql.append(orderBy(query));
        TypedQuery<ComplexListRow> select = em.createQuery(jpql.toString(), ComplexListRow.class);
        parameters.forEach(select::setParameter);
        List<ComplexListRow> rows = select.setFirstResult((query.page() - 1) * query.size())
                .setMaxResults(query.size())
                .getResultList();
        return withMembers(importId, rows);
    }

    /** The rows with the number of members of each (one statement for the whole page, none for an empty one). */
    private List<ComplexListRow> withMembers(long importId, List<ComplexListRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Long> members = new HashMap<>();
        em.createQuery(
                        "select m.parentId, count(m) from QuarterlyStatistics m"
                                + " where m.importId = :import and m.parentId in :ids group by m.parentId",
                        Object[].class)
                .setParameter("import", importId)
                .setParameter("ids", rows.stream().map(ComplexListRow::id).toList())
                .getResultList()
                .forEach(row -> members.put((Long) row[0], ((Number) row[1]).longValue()));
        return rows.stream()
                .map(row -> row.withMembers(members.getOrDefault(row.id(), 0L)))
                .toList();
    }

    /**
     * Every complex of 상위단지 in an import that matches the query, in its order, with all its figures: the query's
     * page and size are not used (one statement).
     */
    public List<ComplexExportRow> export(long importId, ComplexListQuery query) {
        StringBuilder jpql = new StringBuilder("select c.id, c.slug, s").append(ROWS);
        Map<String, Object> parameters = where(jpql, importId, query);
        jpql.append(orderBy(query));
        TypedQuery<Object[]> select =
                em.createQuery(jpql.toString(), Object[].class).setHint("org.hibernate.readOnly", true);
        parameters.forEach(select::setParameter);
        return select.getResultStream()
                .map(row -> {
                    QuarterlyStatistics s = (QuarterlyStatistics) row[2];
                    return new ComplexExportRow(
                            (Long) row[0],
                            (String) row[1],
                            s.getName(),
                            s.getComplexType(),
                            s.getSido(),
                            s.getSigun(),
                            s.getDevelopmentStatus(),
                            s.figures(),
                            s.isAged(),
                            s.isSpansTwoRegions());
                })
                .toList();
    }

    /** How many complexes of 상위단지 in an import match the query (rows: a complex in two 시도 counts twice). */
    public long count(long importId, ComplexListQuery query) {
        StringBuilder jpql = new StringBuilder("select count(s)").append(ROWS);
        Map<String, Object> parameters = where(jpql, importId, query);
        TypedQuery<Long> select = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(select::setParameter);
        return select.getSingleResult();
    }

    private static Map<String, Object> where(StringBuilder jpql, long importId, ComplexListQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        jpql.append(" where s.importId = :import and s.bundleMember = false");
        parameters.put("import", importId);
        if (query.sido() != null) {
            jpql.append(" and s.sido = :sido");
            parameters.put("sido", query.sido());
        }
        if (query.type() != null) {
            jpql.append(" and s.complexType = :type");
            parameters.put("type", query.type());
        }
        if (query.status() != null) {
            jpql.append(" and s.developmentStatus = :status");
            parameters.put("status", query.status());
        }
        if (query.aged() != null) {
            jpql.append(" and s.aged = :aged");
            parameters.put("aged", query.aged());
        }
        if (query.minSaleRate() != null) {
            jpql.append(" and s.saleRate.value >= :minRate");
            parameters.put("minRate", query.minSaleRate());
        }
        if (query.maxSaleRate() != null) {
            jpql.append(" and s.saleRate.value <= :maxRate");
            parameters.put("maxRate", query.maxSaleRate());
        }
        if (query.text() != null) {
            jpql.append(" and (lower(s.name) like :text escape '!' or lower(s.sigun) like :text escape '!')");
            parameters.put("text", "%" + likeLiteral(ComplexNameQuery.searchForm(query.text())) + "%");
        }
        return parameters;
    }

    private static String orderBy(ComplexListQuery query) {
        String direction = query.isAscending() ? " asc" : " desc";
        String tie = ", s.name asc, s.sido asc, c.id asc";
        return switch (query.sort()) {
            case NAME -> " order by s.name" + direction + ", s.sido asc, c.id asc";
            case DESIGNATED_AREA -> " order by s.designatedArea.value" + direction + " nulls last" + tie;
            case SALE_RATE -> " order by s.saleRate.value" + direction + " nulls last" + tie;
            case TENANT_FIRMS -> " order by s.tenantFirms.value" + direction + " nulls last" + tie;
        };
    }

    /** Text matched literally inside LIKE ('!' escapes the wildcards). */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * The sums of an import's complexes of 상위단지 by type, all of them or one 시도's, in one statement: rows, the
     * complexes counted once (those spanning two 시도 appear in both), and the figures summed.
     */
    public Map<ComplexType, AreaSummary> sumsByType(long importId, Sido sido) {
        String jpql = "select s.complexType, count(s),"
                + " sum(case when s.spansTwoRegions = true then 1 else 0 end),"
                + " count(distinct case when s.spansTwoRegions = true then s.name else null end),"
                + " sum(s.designatedArea.value), sum(s.managedArea.value), sum(s.industrialArea.value),"
                + " sum(s.saleableArea.value), sum(s.soldArea.value), sum(s.unsoldArea.value),"
                + " sum(s.tenantFirms.value), sum(s.operatingFirms.value)"
                + " from QuarterlyStatistics s where s.importId = :import and s.bundleMember = false"
                + (sido == null ? "" : " and s.sido = :sido")
                + " group by s.complexType";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("import", importId);
        if (sido != null) {
            query.setParameter("sido", sido);
        }
        Map<ComplexType, AreaSummary> sums = new EnumMap<>(ComplexType.class);
        for (Object[] row : query.getResultList()) {
            long entries = number(row[1]).longValue();
            long spanningRows = number(row[2]).longValue();
            long spanningNames = number(row[3]).longValue();
            sums.put(
                    (ComplexType) row[0],
                    new AreaSummary(
                            sido == null ? entries - spanningRows + spanningNames : entries,
                            entries,
                            decimal(row[4]),
                            decimal(row[5]),
                            decimal(row[6]),
                            decimal(row[7]),
                            decimal(row[8]),
                            decimal(row[9]),
                            decimal(row[10]),
                            decimal(row[11])));
        }
        return sums;
    }

    /** The sums of an import's complexes by 시도 and type, in one statement. */
    public Map<Sido, Map<ComplexType, AreaSummary>> sumsBySido(long importId) {
        List<Object[]> rows = em.createQuery(
                        "select s.sido, s.complexType, count(s),"
                                + " sum(s.designatedArea.value), sum(s.managedArea.value),"
                                + " sum(s.industrialArea.value), sum(s.saleableArea.value), sum(s.soldArea.value),"
                                + " sum(s.unsoldArea.value), sum(s.tenantFirms.value), sum(s.operatingFirms.value)"
                                + " from QuarterlyStatistics s where s.importId = :import and s.bundleMember = false"
                                + " group by s.sido, s.complexType",
                        Object[].class)
                .setParameter("import", importId)
                .getResultList();
        Map<Sido, Map<ComplexType, AreaSummary>> sums = new EnumMap<>(Sido.class);
        for (Object[] row : rows) {
            long entries = number(row[2]).longValue();
            sums.computeIfAbsent((Sido) row[0], k -> new EnumMap<>(ComplexType.class))
                    .put(
                            (ComplexType) row[1],
                            new AreaSummary(
                                    entries,
                                    entries,
                                    decimal(row[3]),
                                    decimal(row[4]),
                                    decimal(row[5]),
                                    decimal(row[6]),
                                    decimal(row[7]),
                                    decimal(row[8]),
                                    decimal(row[9]),
                                    decimal(row[10])));
        }
        return sums;
    }

    /** How many complexes of 상위단지 an import lists as spanning two 시도 (each counted once). */
    public long spanning(long importId) {
        return em.createQuery(
                        "select count(distinct s.name) from QuarterlyStatistics s where s.importId = :import"
                                + " and s.bundleMember = false and s.spansTwoRegions = true",
                        Long.class)
                .setParameter("import", importId)
                .getSingleResult();
    }

    public Optional<IndustrialComplex> complex(long id) {
        return Optional.ofNullable(em.find(IndustrialComplex.class, id));
    }

    /** A complex's quarters: its rows in current imports, oldest first, each with its bundle (if any). */
    public List<HistoryRow> history(long complexId) {
        return em.createQuery(
                        "select i.id, i.periodYear, i.periodQuarter, s, p.id, p.slug, p.name"
                                + " from QuarterlyStatistics s join WorkbookImport i on i.id = s.importId"
                                + " left join IndustrialComplex p on p.id = s.parentId"
                                + " where s.complexId = :id and i.currentFigures = true"
                                + " order by i.periodYear, i.periodQuarter",
                        Object[].class)
                .setParameter("id", complexId)
                .getResultStream()
                .map(row -> {
                    QuarterlyStatistics s = (QuarterlyStatistics) row[3];
                    Quarter quarter = new Quarter((Integer) row[1], (Integer) row[2]);
                    ComplexRef bundle =
                            row[4] == null ? null : new ComplexRef((Long) row[4], (String) row[5], (String) row[6]);
                    return new HistoryRow(
                            (Long) row[0],
                            new QuarterFigures(
                                    quarter,
                                    s.getName(),
                                    s.getDevelopmentStatus(),
                                    s.figures(),
                                    s.isAged(),
                                    s.isSpansTwoRegions()),
                            bundle);
                })
                .toList();
    }

    /** A complex's quarter as {@link #history} reads it: the import, the figures, the bundle it belonged to. */
    public record HistoryRow(long importId, QuarterFigures figures, ComplexRef bundle) {}

    /** The members of a bundle in an import, in the workbook's order. */
    public List<ComplexListRow> members(long importId, long bundleId) {
        return em.createQuery(
                        "select " + ComplexListRow.COLUMNS + ROWS
                                + " where s.importId = :import and s.parentId = :bundle order by s.sheetRow",
                        ComplexListRow.class)
                .setParameter("import", importId)
                .setParameter("bundle", bundleId)
                .getResultList();
    }

    /** The trend figures of a complex in current imports, newest quarter first, through the short-name mapping. */
    public List<TrendQuarter> trend(long complexId) {
        return em.createQuery(
                        "select i.periodYear, i.periodQuarter, t from QuarterlyTrend t"
                                + " join WorkbookImport i on i.id = t.importId"
                                + " join ShortNameMapping m on m.shortName = t.shortName"
                                + " where m.complexId = :id and i.currentFigures = true"
                                + " order by i.periodYear desc, i.periodQuarter desc, t.sheetRow",
                        Object[].class)
                .setParameter("id", complexId)
                .getResultStream()
                .map(row -> {
                    QuarterlyTrend t = (QuarterlyTrend) row[2];
                    return new TrendQuarter(
                            new Quarter((Integer) row[0], (Integer) row[1]), t.getShortName(), t.figures());
                })
                .toList();
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros() : new BigDecimal(value.toString());
    }

    /** Every complex's id and identity, for other features' pickers (tagging a post). */
    public List<ComplexRef> refs() {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.complex.ComplexRef(c.id, c.slug, c.name)"
                                + " from IndustrialComplex c order by c.name, c.id",
                        ComplexRef.class)
                .getResultList();
    }

    /** The complexes of these ids, by name. */
    public List<ComplexPick> picks(Collection<Long> ids) {
        return em.createQuery(
                        "select " + ComplexPick.COLUMNS + " from IndustrialComplex c where c.id in :ids"
                                + " order by c.name, c.sido, c.sigun, c.id",
                        ComplexPick.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Complexes whose name or 시군 contains the text, names starting with it first. */
    public List<ComplexPick> find(String text, int limit) {
        String lower = likeLiteral(text.toLowerCase(Locale.ROOT));
        return em.createQuery(
                        "select " + ComplexPick.COLUMNS + " from IndustrialComplex c"
                                + " where lower(c.name) like :text escape '!' or lower(c.sigun) like :text escape '!'"
                                + " order by case when lower(c.name) like :prefix escape '!' then 0 else 1 end,"
                                + " c.name, c.sido, c.sigun, c.id",
                        ComplexPick.class)
                .setParameter("text", "%" + lower + "%")
                .setParameter("prefix", lower + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** The complexes with a row in an import (members of bundles too), each once, by name. */
    public List<ComplexRef> refsIn(long importId) {
        return em.createQuery(
                        "select distinct new kr.co.saenal.sandan.complex.ComplexRef(c.id, c.slug, c.name)"
                                + " from QuarterlyStatistics s join IndustrialComplex c on c.id = s.complexId"
                                + " where s.importId = :import order by c.name, c.id",
                        ComplexRef.class)
                .setParameter("import", importId)
                .getResultList();
    }
}
