package kr.co.saenal.sandan.news.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.platform.guard.FormStamps;
import kr.co.saenal.sandan.platform.web.SameOrigin;
import kr.co.saenal.sandan.platform.web.UserAgents;

/**
 * {@code POST /news/readings} ({@code id}, {@code token}): the article page's script reports that a person is
 * reading the article, and is answered with its view count ({@code {"views":12}}). This, not the page being served,
 * is what counts a reading: the page comes from the page cache, and crawlers, monitoring and load tools that fetch it
 * run no script. A reading counts once per reader, article and day ({@link ReadArticles}, the {@code sandan_read}
 * cookie), only when the browser says our page sent it ({@code Sec-Fetch-Site}/{@code Origin}), with the signed token
 * the page was served with (at most a day old), and never for a client that calls itself a program
 * ({@link UserAgents}). Each node tallies its own readings and adds them to the database ({@code ReadingTally}), so
 * the count is right across a cluster.
 */
@WebServlet(ReadingServlet.PATH)
public class ReadingServlet extends HttpServlet {

    static final String PATH = "/news/readings";

    private static final long serialVersionUID = 1L;

    @Inject
    NewsService news;

    @Inject
    FormStamps stamps;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Long id = idOf(request.getParameter("id"));
        if (id == null || !SameOrigin.sentByOurPage(request) || !servedToday(request.getParameter("token"), id)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<Long> views = news.views(id);
        if (views.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean counted = !UserAgents.isProgram(request.getHeader("User-Agent"))
                && OncePerDay.first(request, response, ReadArticles.COOKIE, "/news/", id, clock);
        if (counted) {
            news.countReading(id);
            meters.counter("sandan.readings.counted").increment();
        }
        long shown = views.get() + (counted ? 1 : 0);
        byte[] json = ("{\"views\":" + shown + ",\"counted\":" + counted + "}").getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static Long idOf(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    /** Whether the token is one the article's page was served with in the last day. */
    private boolean servedToday(String token, long id) {
        Instant now = clock.instant();
        return stamps.issuedAt(token, id)
                .filter(served -> !served.isAfter(now.plusSeconds(60)))
                .filter(served -> Duration.between(served, now).compareTo(FormStamps.MAX_FORM_AGE) <= 0)
                .isPresent();
    }
}
