package kr.co.saenal.sandan.complex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queries of imports: the imports themselves, the complexes as an import finds them, the figures an import
 * stores and the ones it is compared with, the short-name mapping, and what an undo removes.
 */
@ApplicationScoped
public class ImportRepository {

    private static final String ORDER_BY_PERIOD = " order by i.periodYear desc, i.periodQuarter desc, i.id desc";

    @PersistenceContext
    EntityManager em;

    /** Waits until no other import or undo runs, and keeps the others waiting until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        em.find(ImportLock.class, "imports", LockModeType.PESSIMISTIC_WRITE);
    }

    /** Stores a new import and gives it its id. */
    public void add(WorkbookImport workbookImport) {
        em.persist(workbookImport);
        em.flush();
    }

    public Optional<WorkbookImport> find(long id) {
        return Optional.ofNullable(em.find(WorkbookImport.class, id));
    }

    /** The newest import of any kind: the one an undo takes back. */
    public Optional<WorkbookImport> last() {
        return em.createQuery("select i from WorkbookImport i order by i.id desc", WorkbookImport.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The import whose figures are shown for a quarter. */
    public Optional<WorkbookImport> current(WorkbookKind kind, Quarter quarter) {
        return em.createQuery(
                        "select i from WorkbookImport i where i.kind = :kind and i.currentFigures = true"
                                + " and i.periodYear = :year and i.periodQuarter = :quarter order by i.id desc",
                        WorkbookImport.class)
                .setParameter("kind", kind)
                .setParameter("year", quarter.year())
                .setParameter("quarter", quarter.quarter())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The current import of the newest quarter of a kind. */
    public Optional<WorkbookImport> latest(WorkbookKind kind) {
        return em.createQuery(
                        "select i from WorkbookImport i where i.kind = :kind and i.currentFigures = true"
                                + ORDER_BY_PERIOD,
                        WorkbookImport.class)
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every import, newest first. */
    public List<ImportRecord> history() {
        return em.createQuery("select i from WorkbookImport i order by i.id desc", WorkbookImport.class)
                .getResultStream()
                .map(ImportRecord::of)
                .toList();
    }

    public long countImports() {
        return em.createQuery("select count(i) from WorkbookImport i", Long.class)
                .getSingleResult();
    }

    /** Every complex, as managed entities (an import finds, creates and renames them). */
    public List<IndustrialComplex> complexes() {
        return em.createQuery("select c from IndustrialComplex c order by c.id", IndustrialComplex.class)
                .getResultList();
    }

    public Optional<IndustrialComplex> complex(long id) {
        return Optional.ofNullable(em.find(IndustrialComplex.class, id));
    }

    public void add(IndustrialComplex complex) {
        em.persist(complex);
    }

    /**
     * Every identity a complex was ever published under, to the complex (the newest import's when two complexes
     * share one): an older quarter finds its complexes again after a rename.
     */
    public Map<ComplexKey, Long> publishedKeys() {
        List<Object[]> rows = em.createQuery(
                        "select s.complexType, s.sido, s.sigun, s.name, s.bundleMember, s.complexId, max(s.importId)"
                                + " from QuarterlyStatistics s"
                                + " group by s.complexType, s.sido, s.sigun, s.name, s.bundleMember, s.complexId",
                        Object[].class)
                .getResultList();
        Map<ComplexKey, Long> keys = new HashMap<>();
        Map<ComplexKey, Long> newest = new HashMap<>();
        for (Object[] row : rows) {
            ComplexKey key = new ComplexKey(
                    (ComplexType) row[0], (Sido) row[1], (String) row[2], (String) row[3], (Boolean) row[4]);
            long importId = (Long) row[6];
            if (!newest.containsKey(key) || newest.get(key) < importId) {
                newest.put(key, importId);
                keys.put(key, (Long) row[5]);
            }
        }
        return keys;
    }

    /** An import's statistics rows with their bundles' names, in the workbook's order. */
    public List<StoredStatistics> statistics(long importId) {
        return em.createQuery(
                        "select s, p.name from QuarterlyStatistics s left join QuarterlyStatistics p"
                                + " on p.importId = s.importId and p.complexId = s.parentId"
                                + " where s.importId = :id order by s.bundleMember, s.sheetRow",
                        Object[].class)
                .setParameter("id", importId)
                .getResultStream()
                .map(row -> StoredStatistics.of((QuarterlyStatistics) row[0], (String) row[1]))
                .toList();
    }

    /** An import's trend rows, in the workbook's order. */
    public List<QuarterlyTrend> trend(long importId) {
        return em.createQuery(
                        "select t from QuarterlyTrend t where t.importId = :id order by t.sheetRow",
                        QuarterlyTrend.class)
                .setParameter("id", importId)
                .getResultList();
    }

    public void add(QuarterlyStatistics statistics) {
        em.persist(statistics);
    }

    public void add(QuarterlyTrend trend) {
        em.persist(trend);
    }

    public List<ShortNameMapping> shortNames() {
        return em.createQuery("select m from ShortNameMapping m order by m.shortName", ShortNameMapping.class)
                .getResultList();
    }

    /** Every short name with its complex, alphabetically. */
    public List<ShortNameRow> shortNameRows() {
        return em.createQuery(
                        "select " + ShortNameRow.COLUMNS
                                + " from ShortNameMapping m join IndustrialComplex c on c.id = m.complexId"
                                + " order by m.shortName",
                        ShortNameRow.class)
                .getResultList();
    }

    public Optional<ShortNameMapping> shortName(String shortName) {
        return Optional.ofNullable(em.find(ShortNameMapping.class, ComplexKey.matchForm(shortName)));
    }

    public void add(ShortNameMapping mapping) {
        em.persist(mapping);
    }

    public void remove(ShortNameMapping mapping) {
        em.remove(mapping);
    }

    /** A complex's identity in its newest current statistics row. */
    public record LatestIdentity(long complexId, ComplexKey key, String name, String sigun, Quarter quarter) {}

    /**
     * The newest current statistics row's identity of every complex among {@code complexIds} or with a row in one
     * of {@code importIds} (complexes left with no current row are not listed).
     */
    public List<LatestIdentity> latestIdentities(Collection<Long> importIds, Collection<Long> complexIds) {
        if (importIds.isEmpty() && complexIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery(
                        "select s.complexId, s.complexType, s.sido, s.sigun, s.name, s.bundleMember,"
                                + " i.periodYear, i.periodQuarter"
                                + " from QuarterlyStatistics s join WorkbookImport i on i.id = s.importId"
                                + " where i.currentFigures = true and (s.complexId in :complexes or s.complexId in"
                                + " (select s2.complexId from QuarterlyStatistics s2 where s2.importId in :imports))"
                                + ORDER_BY_PERIOD.replace("i.id desc", "s.complexId"),
                        Object[].class)
                .setParameter("imports", importIds.isEmpty() ? List.of(-1L) : importIds)
                .setParameter("complexes", complexIds.isEmpty() ? List.of(-1L) : complexIds)
                .getResultList();
        Map<Long, LatestIdentity> newest = new HashMap<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            if (newest.containsKey(id)) {
                continue; // rows come newest quarter first
            }
            String sigun = (String) row[3];
            String name = (String) row[4];
            newest.put(
                    id,
                    new LatestIdentity(
                            id,
                            new ComplexKey((ComplexType) row[1], (Sido) row[2], sigun, name, (Boolean) row[5]),
                            name,
                            sigun,
                            new Quarter((Integer) row[6], (Integer) row[7])));
        }
        return new ArrayList<>(newest.values());
    }

    /** Removes what an import stored: its figures, the short names it pre-filled or that point at its complexes,
     * and the complexes it created. The import itself stays for the caller to remove. */
    public void removeStoredBy(long importId) {
        em.flush();
        em.createQuery("delete from QuarterlyStatistics s where s.importId = :id")
                .setParameter("id", importId)
                .executeUpdate();
        em.createQuery("delete from QuarterlyTrend t where t.importId = :id")
                .setParameter("id", importId)
                .executeUpdate();
        em.createQuery("delete from ShortNameMapping m where m.createdByImportId = :id or m.complexId in"
                        + " (select c.id from IndustrialComplex c where c.createdByImportId = :id)")
                .setParameter("id", importId)
                .executeUpdate();
        em.createQuery("delete from IndustrialComplex c where c.createdByImportId = :id")
                .setParameter("id", importId)
                .executeUpdate();
        em.clear(); // the bulk deletes bypassed the persistence context
    }

    /** The complexes an import created. */
    public List<Long> complexIdsCreatedBy(long importId) {
        return em.createQuery(
                        "select c.id from IndustrialComplex c where c.createdByImportId = :id order by c.id",
                        Long.class)
                .setParameter("id", importId)
                .getResultList();
    }

    /** The complexes an import has rows for. */
    public List<Long> complexIdsIn(long importId) {
        return em.createQuery("select s.complexId from QuarterlyStatistics s where s.importId = :id", Long.class)
                .setParameter("id", importId)
                .getResultList();
    }

    public void remove(WorkbookImport workbookImport) {
        em.remove(em.contains(workbookImport) ? workbookImport : em.merge(workbookImport));
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
