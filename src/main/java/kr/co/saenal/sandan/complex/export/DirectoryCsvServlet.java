package kr.co.saenal.sandan.complex.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexListParameters;
import kr.co.saenal.sandan.complex.ComplexListQuery;
import kr.co.saenal.sandan.complex.DirectoryExport;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.ConditionalGet;
import kr.co.saenal.sandan.platform.web.ContentDisposition;
import kr.co.saenal.sandan.site.SiteAddress;

/**
 * {@code GET /complexes.csv?sido=&type=&…}: every complex the list page shows for the same filters (all its pages;
 * {@code page} and {@code size} are not used), in the list's order, as {@link DirectoryCsv} writes it, in Korean
 * like KICOX's own workbook. A value the list would leave out is refused here with {@code 400} and a Korean text
 * naming each parameter, since a file that silently ignored a filter would be read as the answer to it.
 * Public data: {@code ETag} (the bytes') with {@code 304}, and shared caches may keep it five minutes.
 */
@WebServlet("/complexes.csv")
public class DirectoryCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> NOT_USED = Set.of("page", "size");

    @Inject
    ComplexDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Texts.Scope korean = Texts.speak(Locale.KOREAN)) {
            ComplexListParameters.Parsed parsed = ComplexListParameters.parse(
                    name -> NOT_USED.contains(name) ? null : request.getParameter(name),
                    ComplexListQuery.MAX_PAGE_SIZE);
            if (!parsed.valid()) {
                refuse(parsed, response);
                return;
            }
            DirectoryExport export = directory.export(parsed.query());
            byte[] csv = DirectoryCsv.write(export, SiteAddress.base(request), Locale.KOREAN);
            response.setHeader("Cache-Control", "public, max-age=300");
            if (ConditionalGet.answeredNotModified(
                    request, response, ConditionalGet.etagOf(csv), export.importedAt())) {
                return;
            }
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader(
                    "Content-Disposition",
                    ContentDisposition.attachment(
                            DirectoryCsv.asciiFileName(export.quarter()),
                            DirectoryCsv.fileName(export.quarter(), Locale.KOREAN)));
            response.setContentLength(csv.length);
            response.getOutputStream().write(csv);
        }
    }

    private static void refuse(ComplexListParameters.Parsed parsed, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print(Texts.say(DirectoryCsvServlet.class, "csv.badParameters"));
        out.print("\r\n");
        for (ComplexListParameters.Problem problem : parsed.problems()) {
            out.print(Texts.say(
                    DirectoryCsvServlet.class,
                    "csv.badParameter",
                    problem.parameter(),
                    problem.value(),
                    problem.message()));
            out.print("\r\n");
        }
    }
}
