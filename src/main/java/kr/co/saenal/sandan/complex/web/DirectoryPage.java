package kr.co.saenal.sandan.complex.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexListPage;
import kr.co.saenal.sandan.complex.ComplexListParameters;
import kr.co.saenal.sandan.complex.ComplexListQuery;
import kr.co.saenal.sandan.complex.ComplexPaths;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.NationalSummary;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.RegionSummary;
import kr.co.saenal.sandan.complex.Sido;

/**
 * {@code /complexes}: every complex of the newest statistics quarter, filtered, sorted and paged by the address's
 * parameters ({@link ComplexListParameters}); KICOX's national summary above it and the 시도 beside it. A value it
 * cannot use is left out and said; a page past the end is not found.
 */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    ComplexDirectory directory;

    @Inject
    FacesContext faces;

    private DirectoryListing listing;
    private NationalSummary summary;
    private List<RegionSummary> regions;
    private List<String> notes;

    /** View action. */
    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        ComplexListParameters.Parsed parsed =
                ComplexListParameters.parse(parameters::get, ComplexListParameters.DEFAULT_PAGE_SIZE);
        ComplexListPage page = directory.list(parsed.query());
        if (pastTheEnd(page)) {
            external.responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        listing = new DirectoryListing(ComplexPaths.LIST, parsed.query(), page, false);
        notes = DirectoryNotes.of(parsed.problems());
        summary = directory.nationalSummary().orElse(null);
        regions = directory.regions();
    }

    /** A page after the first that shows nothing: its address names no page of the list. */
    static boolean pastTheEnd(ComplexListPage page) {
        return page.paging().page() > 1 && page.rows().isEmpty();
    }

    public DirectoryListing getListing() {
        return listing;
    }

    public ComplexListQuery getQuery() {
        return listing.getQuery();
    }

    /** The national summary, {@code null} before the first import. */
    public NationalSummary getSummary() {
        return summary;
    }

    /** All types, then each type KICOX lists. */
    public List<SummaryRow> getSummaryRows() {
        List<SummaryRow> rows = new ArrayList<>();
        if (summary == null) {
            return rows;
        }
        rows.add(new SummaryRow(null, summary.total()));
        for (ComplexType type : ComplexType.values()) {
            rows.add(new SummaryRow(type, summary.of(type)));
        }
        return rows;
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    /** Why values of the address were not used, one sentence each. */
    public List<String> getNotes() {
        return notes;
    }

    /** The quarter shown, {@code null} before the first import. */
    public Quarter getQuarter() {
        return listing.getPage().quarter();
    }

    public boolean isEmptyDirectory() {
        return getQuarter() == null;
    }

    /** Whether any filter is set (the count then reads as matches). */
    public boolean isFiltered() {
        ComplexListQuery q = listing.getQuery();
        return q.sido() != null
                || q.type() != null
                || q.status() != null
                || q.aged() != null
                || q.minSaleRate() != null
                || q.maxSaleRate() != null
                || q.text() != null;
    }

    /** The page's title: the list, or its filtered form. */
    public String getHeading() {
        return DirectoryTexts.say(isFiltered() ? "web.directory.headingFiltered" : "web.directory.heading");
    }

    public String getDescription() {
        if (summary == null) {
            return DirectoryTexts.say("web.directory.descriptionEmpty");
        }
        return DirectoryTexts.say(
                "web.directory.description",
                summary.total().complexes(),
                summary.quarter().label());
    }

    public List<Sido> getSidos() {
        return List.of(Sido.values());
    }

    public List<ComplexType> getTypes() {
        return List.of(ComplexType.values());
    }

    public List<kr.co.saenal.sandan.complex.DevelopmentStatus> getStatuses() {
        return List.of(kr.co.saenal.sandan.complex.DevelopmentStatus.values());
    }

    /** A constant's code in addresses (for the filter form's options). */
    public String code(Enum<?> constant) {
        return ComplexListParameters.code(constant);
    }
}
