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
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.RegionSummary;
import kr.co.saenal.sandan.complex.Sido;

/**
 * {@code /complexes/regions/{시도}} ({@link RegionRouteFilter}): the 시도's summary by type (KICOX's 시도별 sheet)
 * and its complexes, with the same filters, sorts and pages as {@code /complexes} but the 시도 fixed by the path.
 */
@Named
@RequestScoped
public class RegionPage {

    @Inject
    ComplexDirectory directory;

    @Inject
    FacesContext faces;

    private Sido sido;
    private RegionSummary summary;
    private List<RegionSummary> regions;
    private DirectoryListing listing;
    private List<String> notes;

    /** View action: without a 시도 from the route (the view asked for by its own name) the page is not found. */
    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (!(external.getRequestMap().get(RegionRouteFilter.SIDO) instanceof Sido routed)) {
            notFound(external);
            return;
        }
        sido = routed;
        Map<String, String> parameters = external.getRequestParameterMap();
        ComplexListParameters.Parsed parsed = ComplexListParameters.parse(
                name -> "sido".equals(name) ? null : parameters.get(name), ComplexListParameters.DEFAULT_PAGE_SIZE);
        ComplexListQuery asked = parsed.query();
        ComplexListQuery query = new ComplexListQuery(
                sido,
                asked.type(),
                asked.status(),
                asked.aged(),
                asked.minSaleRate(),
                asked.maxSaleRate(),
                asked.text(),
                asked.sort(),
                asked.ascending(),
                asked.page(),
                asked.size());
        ComplexListPage page = directory.list(query);
        if (DirectoryPage.pastTheEnd(page)) {
            notFound(external);
            return;
        }
        listing = new DirectoryListing(ComplexPaths.region(sido), query, page, true);
        notes = DirectoryNotes.of(parsed.problems());
        regions = directory.regions();
        summary = regions.stream().filter(r -> r.sido() == sido).findFirst().orElse(null);
    }

    private void notFound(ExternalContext external) throws IOException {
        external.responseSendError(404, "Not found");
        faces.responseComplete();
    }

    public Sido getSido() {
        return sido;
    }

    public DirectoryListing getListing() {
        return listing;
    }

    public ComplexListQuery getQuery() {
        return listing.getQuery();
    }

    /** The 시도's summary, {@code null} before the first import. */
    public RegionSummary getSummary() {
        return summary;
    }

    /** All the 시도's complexes, then each type it has. */
    public List<SummaryRow> getSummaryRows() {
        List<SummaryRow> rows = new ArrayList<>();
        if (summary == null) {
            return rows;
        }
        rows.add(new SummaryRow(null, summary.total()));
        for (ComplexType type : ComplexType.values()) {
            if (summary.byType().containsKey(type)) {
                rows.add(new SummaryRow(type, summary.of(type)));
            }
        }
        return rows;
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    public List<String> getNotes() {
        return notes;
    }

    public Quarter getQuarter() {
        return listing.getPage().quarter();
    }

    public boolean isEmptyDirectory() {
        return getQuarter() == null;
    }

    public String getHeading() {
        return DirectoryTexts.say("web.region.heading", sido.label());
    }

    public String getDescription() {
        if (summary == null) {
            return DirectoryTexts.say("web.directory.descriptionEmpty");
        }
        return DirectoryTexts.say(
                "web.region.description",
                sido.label(),
                summary.total().entries(),
                summary.quarter().label());
    }

    public List<ComplexType> getTypes() {
        return List.of(ComplexType.values());
    }

    public List<kr.co.saenal.sandan.complex.DevelopmentStatus> getStatuses() {
        return List.of(kr.co.saenal.sandan.complex.DevelopmentStatus.values());
    }

    public String code(Enum<?> constant) {
        return ComplexListParameters.code(constant);
    }
}
