package kr.co.saenal.sandan.complex.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.ComplexUsage;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.ImportRecord;
import kr.co.saenal.sandan.complex.ImportRepository;
import kr.co.saenal.sandan.complex.IndustrialComplex;
import kr.co.saenal.sandan.complex.QuarterlyStatistics;
import kr.co.saenal.sandan.complex.QuarterlyTrend;
import kr.co.saenal.sandan.complex.ShortNameMapping;
import kr.co.saenal.sandan.complex.ShortNameRow;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.StoredStatistics;
import kr.co.saenal.sandan.complex.TrendField;
import kr.co.saenal.sandan.complex.TrendFigures;
import kr.co.saenal.sandan.complex.WorkbookImport;
import kr.co.saenal.sandan.complex.WorkbookKind;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.metrics.Measured;
import kr.co.saenal.sandan.platform.task.TaskProgress;

/**
 * Brings KICOX's quarterly workbooks in: a dry run ({@link #preview}) says what an import would change without
 * changing anything; {@link #apply} stores the whole quarter in one transaction (every quarter is kept; a quarter
 * imported again replaces its figures, which stay for an undo); {@link #undoLast} takes the newest import back,
 * exactly. Complexes are found again by their key ({@link ComplexKey}), by any identity they were published under,
 * or by an editor's {@link ManualMatch}; trend rows reach their complexes through the short-name mapping, which
 * statistics imports pre-fill for the national complexes and editors change ({@link #mapShortName}).
 *
 * <p>A file is read completely before anything is written, so a refused file changes nothing; imports and undos
 * take one lock, so they never interleave.
 */
@ApplicationScoped
public class ComplexImport {

    private static final Logger LOG = Logger.getLogger(ComplexImport.class.getName());

    @Inject
    WorkbookLimits limits;

    @Inject
    ImportRepository repository;

    @Inject
    Clock clock;

    /** What other features refer to complexes: an undo never removes a complex something refers to. */
    @Inject
    Instance<ComplexUsage> usages;

    /** Reads and recognises a workbook, or refuses it ({@link WorkbookRefusedException}); stores nothing. */
    public ParsedWorkbook read(String fileName, byte[] content) {
        return new WorkbookReader(limits.maxBytes()).read(fileName, content);
    }

    /** The dry run: what importing the file would change. */
    @Transactional
    @Measured(
            value = "sandan.import",
            tags = {"source", "complexes", "step", "preview"})
    public ImportPreview preview(String fileName, byte[] content) {
        return preview(fileName, content, List.of());
    }

    /** The dry run with an editor's matches of renamed complexes. */
    @Transactional
    @Measured(
            value = "sandan.import",
            tags = {"source", "complexes", "step", "preview"})
    public ImportPreview preview(String fileName, byte[] content, List<ManualMatch> matches) {
        return plan(read(fileName, content), matches).preview();
    }

    /**
     * Imports a workbook: the whole quarter in this one transaction.
     *
     * @param expectedLastImportId the newest import the dry run saw ({@link ImportPreview#lastImportId}), to refuse
     *     applying over an import made in between; {@code null} not to check
     */
    @Transactional
    @Measured(
            value = "sandan.import",
            tags = {"source", "complexes", "step", "apply"})
    public AppliedImport apply(
            String fileName, byte[] content, List<ManualMatch> matches, String user, Long expectedLastImportId) {
        return apply(
                fileName,
                content,
                matches,
                user,
                expectedLastImportId != null,
                expectedLastImportId,
                TaskProgress.NONE);
    }

    /**
     * Imports the workbook of a dry run, refused ({@link ImportRefusedException.Reason#CHANGED_MEANWHILE}) when any
     * import or undo came after that dry run, also when the directory was empty then (which {@link #apply} with
     * {@code null} cannot tell).
     */
    @Transactional
    @Measured(
            value = "sandan.import",
            tags = {"source", "complexes", "step", "apply"})
    public AppliedImport applyPreviewed(
            String fileName, byte[] content, List<ManualMatch> matches, String user, ImportPreview previewed) {
        return apply(fileName, content, matches, user, true, previewed.lastImportId(), TaskProgress.NONE);
    }

    /** {@link #applyPreviewed(String, byte[], List, String, ImportPreview)}, telling {@code progress} how far it is. */
    @Transactional
    @Measured(
            value = "sandan.import",
            tags = {"source", "complexes", "step", "apply"})
    public AppliedImport applyPreviewed(
            String fileName,
            byte[] content,
            List<ManualMatch> matches,
            String user,
            ImportPreview previewed,
            TaskProgress progress) {
        return apply(fileName, content, matches, user, true, previewed.lastImportId(), progress);
    }

    /**
     * Refuses at once, before any file is read, a dry run that another import or undo has made stale: the page
     * says so beside its button (applying checks again under the lock).
     *
     * @throws ImportRefusedException {@link ImportRefusedException.Reason#CHANGED_MEANWHILE}
     */
    @Transactional
    public void refuseIfStale(ImportPreview previewed) {
        Long last = repository.last().map(WorkbookImport::getId).orElse(null);
        if (!Objects.equals(previewed.lastImportId(), last)) {
            throw new ImportRefusedException(ImportRefusedException.Reason.CHANGED_MEANWHILE);
        }
    }

    private AppliedImport apply(
            String fileName,
            byte[] content,
            List<ManualMatch> matches,
            String user,
            boolean check,
            Long expectedLastImportId,
            TaskProgress progress) {
        progress.step(text("step.reading"), 0, 0);
        ParsedWorkbook parsed = read(fileName, content); // before the lock: a refused file waits for nobody
        repository.lock();
        Long last = repository.last().map(WorkbookImport::getId).orElse(null);
        if (check && !Objects.equals(expectedLastImportId, last)) {
            throw new ImportRefusedException(ImportRefusedException.Reason.CHANGED_MEANWHILE);
        }
        Plan plan = plan(parsed, matches);
        Optional<WorkbookImport> replaced = repository.current(parsed.kind(), parsed.quarter());
        WorkbookImport imported = new WorkbookImport(
                parsed.kind(),
                parsed.quarter(),
                parsed.file().name(),
                parsed.file().sha256(),
                parsed.file().size(),
                parsed.rowCount(),
                Objects.requireNonNull(user, "user"),
                clock.instant());
        repository.add(imported);
        replaced.ifPresent(imported::replace);
        int created = 0;
        int shortNames = 0;
        if (plan instanceof StatisticsPlan statistics) {
            created = storeStatistics(imported, statistics, replaced, progress);
            shortNames = prefillShortNames(imported, user);
        } else {
            storeTrend(imported, (TrendPlan) plan, progress);
        }
        repository.flush();
        LOG.info(() -> "Imported " + parsed.kind() + " " + parsed.quarter() + " from '"
                + parsed.file().name() + "' (" + parsed.rowCount() + " rows) by " + user);
        return new AppliedImport(ImportRecord.of(imported), created, shortNames, plan.preview());
    }

    /**
     * Takes the newest import back: the state before it, exactly (its figures, complexes and short names go). Refused
     * while something of another feature refers to a complex it created ({@link ComplexUsage}).
     */
    @Transactional
    public UndoneImport undoLast(String user) {
        repository.lock();
        WorkbookImport last = repository
                .last()
                .orElseThrow(() -> new ImportRefusedException(ImportRefusedException.Reason.NOTHING_TO_UNDO));
        ImportRecord undone = ImportRecord.of(last);
        List<Long> created = repository.complexIdsCreatedBy(last.getId());
        if (!created.isEmpty()) {
            List<String> uses = usages.stream()
                    .flatMap(usage -> usage.usesOf(created).stream())
                    .toList();
            if (!uses.isEmpty()) {
                throw new ImportRefusedException(
                        ImportRefusedException.Reason.COMPLEX_IN_USE, uses.get(0), uses.size() - 1);
            }
        }
        List<Long> touched = repository.complexIdsIn(last.getId());
        repository.removeStoredBy(last.getId());
        ImportRecord restored = null;
        List<Long> restoredImports = new ArrayList<>();
        if (undone.replacedImportId() != null) {
            WorkbookImport earlier = repository.find(undone.replacedImportId()).orElseThrow();
            earlier.restore();
            repository.flush();
            restored = ImportRecord.of(earlier);
            restoredImports.add(earlier.getId());
        }
        reidentify(restoredImports, touched, byId(repository.complexes()));
        repository.remove(repository.find(undone.id()).orElseThrow());
        ImportRecord back = restored;
        LOG.info(() -> "Undid import " + undone.id() + " (" + undone.kind() + " " + undone.quarter() + ") by " + user
                + (back == null ? "" : "; import " + back.id() + " is current again"));
        return new UndoneImport(undone, restored);
    }

    /** Every import, newest first. */
    @Transactional
    public List<ImportRecord> history() {
        return repository.history();
    }

    /** The short-name mapping of the trend workbook. */
    @Transactional
    public List<ShortNameRow> shortNames() {
        return repository.shortNameRows();
    }

    /** Points a short name at a complex (adding the name if it is new); the row is then the editor's. */
    @Transactional
    public void mapShortName(String shortName, long complexId, String editor) {
        String name = ComplexKey.matchForm(shortName == null ? "" : shortName);
        if (name.isEmpty() || name.length() > 60) {
            throw new ImportRefusedException(ImportRefusedException.Reason.SHORT_NAME_INVALID);
        }
        repository.lock();
        if (repository.complex(complexId).isEmpty()) {
            throw new ImportRefusedException(ImportRefusedException.Reason.UNKNOWN_COMPLEX, complexId);
        }
        Instant now = clock.instant();
        Optional<ShortNameMapping> existing = repository.shortName(name);
        if (existing.isPresent()) {
            existing.get().pointAt(complexId, editor, now);
        } else {
            repository.add(new ShortNameMapping(name, complexId, null, editor, now));
        }
    }

    /** Removes a short name: its trend figures are then shown on no complex. */
    @Transactional
    public void removeShortName(String shortName) {
        repository.lock();
        ShortNameMapping mapping = repository
                .shortName(shortName == null ? "" : shortName)
                .orElseThrow(
                        () -> new ImportRefusedException(ImportRefusedException.Reason.UNKNOWN_SHORT_NAME, shortName));
        repository.remove(mapping);
    }

    /**
     * The short names of the newest trend quarter that no complex is mapped to, in the workbook's order (none
     * without a trend import): their figures are shown nowhere until an editor maps them.
     */
    @Transactional
    public List<String> unmatchedShortNames() {
        Optional<WorkbookImport> latest = repository.latest(WorkbookKind.TREND);
        if (latest.isEmpty()) {
            return List.of();
        }
        Set<String> mapped = new HashSet<>();
        repository.shortNames().forEach(m -> mapped.add(m.getShortName()));
        return repository.trend(latest.get().getId()).stream()
                .map(QuarterlyTrend::getShortName)
                .filter(name -> !mapped.contains(name))
                .distinct()
                .toList();
    }

    /** Every complex Sandan knows, with what tells namesakes apart, by name: what an editor picks from. */
    @Transactional
    public List<ComplexChoice> complexChoices() {
        return repository.complexes().stream()
                .map(ComplexChoice::of)
                .sorted(ComplexChoice.ORDER)
                .toList();
    }

    // --- planning: what the workbook is compared with, and what would change ---

    private sealed interface Plan permits StatisticsPlan, TrendPlan {
        ImportPreview preview();
    }

    /** Each statistics row with the complex it is ({@code null}: a complex never seen before). */
    private record StatisticsPlan(
            ImportPreview preview, Map<StatisticsRow, Long> resolved, Map<Long, IndustrialComplex> complexes)
            implements Plan {}

    private record TrendPlan(ImportPreview preview, TrendWorkbook workbook) implements Plan {}

    private Plan plan(ParsedWorkbook parsed, List<ManualMatch> matches) {
        Optional<WorkbookImport> sameQuarter = repository.current(parsed.kind(), parsed.quarter());
        Optional<WorkbookImport> latest = repository.latest(parsed.kind());
        Optional<WorkbookImport> baseline = sameQuarter.or(() -> latest);
        Long lastImportId = repository.last().map(WorkbookImport::getId).orElse(null);
        if (parsed instanceof StatisticsWorkbook statistics) {
            return planStatistics(statistics, matches, baseline, sameQuarter.isPresent(), latest, lastImportId);
        }
        if (!matches.isEmpty()) {
            throw new ImportRefusedException(ImportRefusedException.Reason.MATCH_NEEDS_STATISTICS);
        }
        return planTrend((TrendWorkbook) parsed, baseline, sameQuarter.isPresent(), latest, lastImportId);
    }

    private StatisticsPlan planStatistics(
            StatisticsWorkbook workbook,
            List<ManualMatch> matches,
            Optional<WorkbookImport> baseline,
            boolean replacesQuarter,
            Optional<WorkbookImport> latest,
            Long lastImportId) {
        List<IndustrialComplex> complexes = repository.complexes();
        Map<Long, IndustrialComplex> byId = byId(complexes);
        Map<ComplexKey, Long> current = new HashMap<>();
        for (IndustrialComplex complex : complexes) {
            current.putIfAbsent(complex.key(), complex.getId());
        }
        Map<ComplexKey, Long> published = repository.publishedKeys();
        Map<ComplexKey, StatisticsRow> rowsByKey = new LinkedHashMap<>();
        workbook.rows().forEach(r -> rowsByKey.put(r.key(), r));

        // the editor's matches first, then the complexes' own identities, then any they were published under
        Map<StatisticsRow, Long> byHand = new HashMap<>();
        Map<Long, StatisticsRow> claimed = new HashMap<>();
        for (ManualMatch match : matches) {
            StatisticsRow row = rowsByKey.get(match.rowKey());
            if (row == null) {
                throw new ImportRefusedException(
                        ImportRefusedException.Reason.MATCH_NOT_IN_WORKBOOK,
                        match.rowKey().name());
            }
            if (!byId.containsKey(match.complexId())) {
                throw new ImportRefusedException(ImportRefusedException.Reason.UNKNOWN_COMPLEX, match.complexId());
            }
            StatisticsRow other = claimed.putIfAbsent(match.complexId(), row);
            if (other != null && other != row) {
                throw new ImportRefusedException(ImportRefusedException.Reason.MATCH_TAKEN, row.name(), other.name());
            }
            byHand.put(row, match.complexId());
        }
        Map<StatisticsRow, Long> resolved = new LinkedHashMap<>(); // in the workbook's order
        for (StatisticsRow row : workbook.rows()) {
            if (byHand.containsKey(row)) {
                resolved.put(row, byHand.get(row));
                continue;
            }
            Long id = current.get(row.key());
            if (id == null) {
                id = published.get(row.key());
            }
            if (id != null && claimed.containsKey(id)) {
                StatisticsRow other = claimed.get(id);
                if (byHand.containsValue(id)) {
                    // matched by hand to another row, yet still in the workbook under its own name
                    throw new ImportRefusedException(
                            ImportRefusedException.Reason.MATCH_TAKEN, row.name(), other.name());
                }
                id = null; // two rows of the workbook were once the same complex: the second is a new one
            }
            if (id != null) {
                claimed.put(id, row);
            }
            resolved.put(row, id);
        }

        List<PreviewRow> added = new ArrayList<>();
        List<PreviewRow> changed = new ArrayList<>();
        List<PreviewRow> missing = new ArrayList<>();
        int unchanged = 0;
        Map<Long, StoredStatistics> before = new LinkedHashMap<>();
        baseline.ifPresent(b -> repository.statistics(b.getId()).forEach(s -> before.put(s.complexId(), s)));
        Set<Long> seen = new HashSet<>();
        for (Map.Entry<StatisticsRow, Long> entry : resolved.entrySet()) {
            StatisticsRow row = entry.getKey();
            Long id = entry.getValue();
            String bundle =
                    row.parent() == null ? null : rowsByKey.get(row.parent()).name();
            StoredStatistics old = id == null ? null : before.get(id);
            if (old == null) {
                added.add(new PreviewRow(row.key(), row.name(), row.sigun(), bundle, row.sheetRow(), id, List.of()));
                continue;
            }
            seen.add(id);
            List<FieldChange> changes = changes(old, row, bundle);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new PreviewRow(row.key(), row.name(), row.sigun(), bundle, row.sheetRow(), id, changes));
            }
        }
        before.values().stream()
                .filter(s -> !seen.contains(s.complexId()))
                .forEach(s -> missing.add(
                        new PreviewRow(s.key(), s.name(), s.sigun(), s.parentName(), 0, s.complexId(), List.of())));
        ImportPreview preview = new ImportPreview(
                workbook.kind(),
                workbook.file(),
                workbook.quarter(),
                baseline.map(ImportRecord::of).orElse(null),
                replacesQuarter,
                latest.map(WorkbookImport::quarter).orElse(null),
                workbook.rowCount(),
                added,
                changed,
                missing,
                unchanged,
                workbook.problems(),
                List.of(),
                lastImportId);
        return new StatisticsPlan(preview, resolved, byId);
    }

    private static List<FieldChange> changes(StoredStatistics old, StatisticsRow row, String bundle) {
        List<FieldChange> changes = new ArrayList<>();
        if (!old.name().equals(row.name())) {
            changes.add(new FieldChange("NAME", old.name(), row.name()));
        }
        if (!old.sigun().equals(row.sigun())) {
            changes.add(new FieldChange("SIGUN", old.sigun(), row.sigun()));
        }
        if (old.status() != row.status()) {
            changes.add(new FieldChange("STATUS", old.status(), row.status()));
        }
        if (!Objects.equals(
                old.parentName() == null ? null : ComplexKey.matchForm(old.parentName()),
                bundle == null ? null : ComplexKey.matchForm(bundle))) {
            changes.add(new FieldChange("BUNDLE", old.parentName(), bundle));
        }
        for (StatisticsField field : StatisticsField.values()) {
            Figure was = old.figures().get(field);
            Figure now = row.figures().get(field).scaled(field.scale());
            if (!was.equals(now)) {
                changes.add(new FieldChange(field.name(), was, now));
            }
        }
        if (old.aged() != row.aged()) {
            changes.add(new FieldChange("AGED", old.aged(), row.aged()));
        }
        if (old.spansTwoRegions() != row.spansTwoRegions()) {
            changes.add(new FieldChange("SPANS_TWO_REGIONS", old.spansTwoRegions(), row.spansTwoRegions()));
        }
        return changes;
    }

    private TrendPlan planTrend(
            TrendWorkbook workbook,
            Optional<WorkbookImport> baseline,
            boolean replacesQuarter,
            Optional<WorkbookImport> latest,
            Long lastImportId) {
        Map<String, TrendFigures> before = new LinkedHashMap<>();
        baseline.ifPresent(b -> repository.trend(b.getId()).forEach(t -> before.put(t.getShortName(), t.figures())));
        Set<String> mapped = new HashSet<>();
        repository.shortNames().forEach(m -> mapped.add(m.getShortName()));
        List<PreviewRow> added = new ArrayList<>();
        List<PreviewRow> changed = new ArrayList<>();
        List<PreviewRow> missing = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int unchanged = 0;
        for (TrendRow row : workbook.rows()) {
            if (!mapped.contains(row.shortName())) {
                unmatched.add(row.shortName());
            }
            TrendFigures old = before.remove(row.shortName());
            if (old == null) {
                added.add(new PreviewRow(null, row.shortName(), null, null, row.sheetRow(), null, List.of()));
                continue;
            }
            List<FieldChange> changes = new ArrayList<>();
            TrendFigures now = row.figures().stored();
            for (TrendField field : TrendField.values()) {
                if (!old.get(field).equals(now.get(field))) {
                    changes.add(new FieldChange(field.name(), old.get(field), now.get(field)));
                }
            }
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new PreviewRow(null, row.shortName(), null, null, row.sheetRow(), null, changes));
            }
        }
        before.keySet().forEach(name -> missing.add(new PreviewRow(null, name, null, null, 0, null, List.of())));
        ImportPreview preview = new ImportPreview(
                workbook.kind(),
                workbook.file(),
                workbook.quarter(),
                baseline.map(ImportRecord::of).orElse(null),
                replacesQuarter,
                latest.map(WorkbookImport::quarter).orElse(null),
                workbook.rowCount(),
                added,
                changed,
                missing,
                unchanged,
                workbook.problems(),
                unmatched,
                lastImportId);
        return new TrendPlan(preview, workbook);
    }

    // --- storing ---

    /** Creates the complexes never seen before, stores every row, and gives complexes their newest identity. */
    private int storeStatistics(
            WorkbookImport imported, StatisticsPlan plan, Optional<WorkbookImport> replaced, TaskProgress progress) {
        Map<ComplexKey, Long> ids = new HashMap<>();
        Map<Long, IndustrialComplex> complexes = new HashMap<>(plan.complexes());
        int created = 0;
        for (Map.Entry<StatisticsRow, Long> entry : plan.resolved().entrySet()) {
            StatisticsRow row = entry.getKey();
            Long id = entry.getValue();
            if (id == null) {
                IndustrialComplex complex = new IndustrialComplex(
                        row.key().type(), row.key().sido(), row.sigun(), row.name(), row.member(), imported.getId());
                repository.add(complex);
                id = complex.getId();
                complexes.put(id, complex);
                created++;
            }
            ids.put(row.key(), id);
        }
        String step = text("step.storing");
        int stored = 0;
        for (Map.Entry<StatisticsRow, Long> entry : plan.resolved().entrySet()) {
            progress.step(step, stored++, plan.resolved().size());
            StatisticsRow row = entry.getKey();
            repository.add(new QuarterlyStatistics(
                    imported.getId(),
                    ids.get(row.key()),
                    row.sheetRow(),
                    row.key(),
                    row.name(),
                    row.sigun(),
                    row.parent() == null ? null : ids.get(row.parent()),
                    row.status(),
                    row.figures(),
                    row.aged(),
                    row.spansTwoRegions()));
        }
        repository.flush();
        List<Long> imports = new ArrayList<>(List.of(imported.getId()));
        replaced.ifPresent(r -> imports.add(r.getId()));
        reidentify(imports, List.of(), complexes);
        return created;
    }

    /**
     * Gives each complex with a row in {@code importIds}, or among {@code complexIds}, the identity of its newest
     * current row (a rename matched by hand shows; undoing it shows the old name again).
     */
    private void reidentify(List<Long> importIds, List<Long> complexIds, Map<Long, IndustrialComplex> complexes) {
        for (ImportRepository.LatestIdentity latest : repository.latestIdentities(importIds, complexIds)) {
            IndustrialComplex complex = complexes.get(latest.complexId());
            if (complex == null) {
                continue;
            }
            ComplexKey key = latest.key();
            if (!complex.getName().equals(latest.name())
                    || !complex.getSigun().equals(latest.sigun())
                    || complex.getComplexType() != key.type()
                    || complex.getSido() != key.sido()
                    || complex.isBundleMember() != key.member()) {
                complex.identify(key.type(), key.sido(), latest.sigun(), latest.name(), key.member());
            }
        }
        repository.flush();
    }

    /** Adds the national complexes' short names that are missing and whose complex is now known. */
    private int prefillShortNames(WorkbookImport imported, String user) {
        Set<String> present = new HashSet<>();
        repository.shortNames().forEach(m -> present.add(m.getShortName()));
        Map<ComplexKey, Long> byKey = new HashMap<>();
        repository.complexes().forEach(c -> byKey.putIfAbsent(c.key(), c.getId()));
        Instant now = clock.instant();
        int added = 0;
        for (Map.Entry<String, ComplexKey> entry : ShortNameDefaults.KICOX.entrySet()) {
            Long id = byKey.get(entry.getValue());
            if (present.contains(entry.getKey()) || id == null) {
                continue;
            }
            repository.add(new ShortNameMapping(entry.getKey(), id, imported.getId(), user, now));
            added++;
        }
        return added;
    }

    private void storeTrend(WorkbookImport imported, TrendPlan plan, TaskProgress progress) {
        String step = text("step.storing");
        int stored = 0;
        for (TrendRow row : plan.workbook().rows()) {
            progress.step(step, stored++, plan.workbook().rows().size());
            repository.add(new QuarterlyTrend(imported.getId(), row.shortName(), row.sheetRow(), row.figures()));
        }
    }

    private static Map<Long, IndustrialComplex> byId(List<IndustrialComplex> complexes) {
        Map<Long, IndustrialComplex> byId = new HashMap<>();
        complexes.forEach(c -> byId.put(c.getId(), c));
        return byId;
    }

    private static String text(String key) {
        return Texts.say(ComplexImport.class, "importing." + key);
    }
}
