package kr.co.saenal.sandan.complex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.saenal.sandan.platform.Paging;

/**
 * What the directory's pages, the API and other features read about the complexes, as read models: the list of the
 * newest quarter with filters, sorting and paging; the national summary (KICOX's 요약); a 시도's summary; one complex
 * with its quarters, its bundle and its trend figures. Figures are always those of current imports; the list and
 * the summaries show the newest statistics quarter.
 */
@ApplicationScoped
@Transactional
public class ComplexDirectory {

    @Inject
    ComplexRepository repository;

    /** The statistics import the directory shows (its quarter is the one the source line names). */
    public Optional<ImportRecord> latestStatistics() {
        return repository.latestStatistics();
    }

    /** A page of the complexes of 상위단지 matching the query; empty (quarter {@code null}) before any import. */
    public ComplexListPage list(ComplexListQuery query) {
        Optional<ImportRecord> latest = repository.latestStatistics();
        if (latest.isEmpty()) {
            return new ComplexListPage(null, List.of(), new Paging(query.page(), query.size(), 0));
        }
        long importId = latest.get().id();
        long total = repository.count(importId, query);
        List<ComplexListRow> rows =
                (long) (query.page() - 1) * query.size() >= total ? List.of() : repository.list(importId, query);
        return new ComplexListPage(latest.get().quarter(), rows, new Paging(query.page(), query.size(), total));
    }

    /** Every complex of 상위단지 matching the query, in its order, all pages at once (the CSV download). */
    public DirectoryExport export(ComplexListQuery query) {
        Optional<ImportRecord> latest = repository.latestStatistics();
        if (latest.isEmpty()) {
            return new DirectoryExport(null, null, List.of());
        }
        return new DirectoryExport(
                latest.get().quarter(),
                latest.get().importedAt(),
                repository.export(latest.get().id(), query));
    }

    /** The national summary line of the newest quarter (complexes, areas, firms), all types and each. */
    public Optional<NationalSummary> nationalSummary() {
        return repository.latestStatistics().map(latest -> {
            Map<ComplexType, AreaSummary> byType = repository.sumsByType(latest.id(), null);
            AreaSummary total = AreaSummary.NONE;
            for (AreaSummary sums : byType.values()) {
                total = total.plus(sums);
            }
            return new NationalSummary(latest.quarter(), total, byType, repository.spanning(latest.id()));
        });
    }

    /** A 시도's summary of the newest quarter; every type it has. */
    public Optional<RegionSummary> region(Sido sido) {
        return repository.latestStatistics().map(latest -> {
            Map<ComplexType, AreaSummary> byType = repository.sumsByType(latest.id(), sido);
            return new RegionSummary(sido, latest.quarter(), sum(byType), byType);
        });
    }

    /** Every 시도's summary of the newest quarter, in KICOX's order (시도 without complexes left out). */
    public List<RegionSummary> regions() {
        Optional<ImportRecord> latest = repository.latestStatistics();
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Sido, Map<ComplexType, AreaSummary>> sums =
                repository.sumsBySido(latest.get().id());
        List<RegionSummary> regions = new ArrayList<>();
        for (Sido sido : Sido.values()) {
            Map<ComplexType, AreaSummary> byType = sums.getOrDefault(sido, new EnumMap<>(ComplexType.class));
            if (!byType.isEmpty()) {
                regions.add(new RegionSummary(sido, latest.get().quarter(), sum(byType), byType));
            }
        }
        return regions;
    }

    /** One complex with its history, bundle and trend figures. */
    public Optional<ComplexDetail> complex(long id) {
        return repository.complex(id).map(complex -> {
            List<ComplexRepository.HistoryRow> history = repository.history(id);
            ComplexRepository.HistoryRow newest = history.isEmpty() ? null : history.get(history.size() - 1);
            List<ComplexListRow> members = newest == null ? List.of() : repository.members(newest.importId(), id);
            return new ComplexDetail(
                    complex.getId(),
                    complex.getSlug(),
                    complex.getName(),
                    complex.getComplexType(),
                    complex.getSido(),
                    complex.getSigun(),
                    complex.isBundleMember(),
                    history.stream().map(ComplexRepository.HistoryRow::figures).toList(),
                    newest == null ? null : newest.bundle(),
                    members,
                    repository.trend(id));
        });
    }

    /** Every complex's id, slug and name, by name (pickers of other features). */
    public List<ComplexRef> all() {
        return repository.refs();
    }

    /** One complex as other features name it; empty when there is no such complex (never was, or undone). */
    public Optional<ComplexPick> pick(long id) {
        return repository.picks(List.of(id)).stream().findFirst();
    }

    /** The complexes of these ids that exist, by name: one statement. */
    public List<ComplexPick> picks(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.picks(ids);
    }

    /**
     * At most {@code limit} complexes whose name or 시군 contains {@code text} (names starting with it first, then
     * by name): what a picker offers while an editor types.
     */
    public List<ComplexPick> find(String text, int limit) {
        String cleaned = text == null ? "" : ComplexKey.cleanText(text);
        return cleaned.isEmpty() || limit < 1 ? List.of() : repository.find(cleaned, limit);
    }

    /** The directory's addresses for the sitemap (see {@link DirectorySitemap}), in three statements. */
    public DirectorySitemap sitemap() {
        Optional<ImportRecord> latest = repository.latestStatistics();
        if (latest.isEmpty()) {
            return new DirectorySitemap(null, List.of());
        }
        List<String> paths = new ArrayList<>();
        paths.add(ComplexPaths.LIST);
        Map<Sido, Map<ComplexType, AreaSummary>> sums =
                repository.sumsBySido(latest.get().id());
        for (Sido sido : Sido.values()) {
            if (sums.containsKey(sido)) {
                paths.add(ComplexPaths.region(sido));
            }
        }
        repository.refsIn(latest.get().id()).forEach(ref -> paths.add(ref.path()));
        return new DirectorySitemap(latest.get().importedAt(), paths);
    }

    private static AreaSummary sum(Map<ComplexType, AreaSummary> byType) {
        AreaSummary total = AreaSummary.NONE;
        for (AreaSummary sums : byType.values()) {
            total = total.plus(sums);
        }
        return total;
    }
}
