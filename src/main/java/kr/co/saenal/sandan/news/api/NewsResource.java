package kr.co.saenal.sandan.news.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.NewsPage;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;

/** Published news as JSON: {@code GET /api/news?page=&size=&category=} and {@code GET /api/news/{id}}. */
@Path("/news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NewsResource {

    static final int DEFAULT_SIZE = 10;

    @Inject
    NewsService news;

    @GET
    public NewsPage list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("category") String category) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = number(page, 1, Integer.MAX_VALUE / NewsService.MAX_PAGE_SIZE, 1, "page", errors);
        int pageSize = number(size, DEFAULT_SIZE, NewsService.MAX_PAGE_SIZE, 1, "size", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return news.latest(category == null || category.isBlank() ? null : category, pageNumber, pageSize);
    }

    @GET
    @Path("{id}")
    public NewsArticle article(@PathParam("id") String id) {
        try {
            return news.article(Long.parseLong(id)).orElseThrow(NotFoundException::new);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    private static int number(String raw, int fallback, int max, int min, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, min + "부터 " + max + " 사이의 정수여야 합니다."));
        return fallback;
    }
}
