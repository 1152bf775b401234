package kr.co.saenal.sandan.news.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.news.PostAttachments;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/** Published news as JSON: {@code GET /api/news?page=&size=&category=} and {@code GET /api/news/{id}}. */
@Path("/news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NewsResource {

    static final int DEFAULT_SIZE = 10;
    /** Far beyond any real archive; keeps the offset computation within int range. */
    static final int MAX_PAGE = 1_000_000;

    @Inject
    NewsService news;

    @Inject
    PostAttachments attachments;

    @GET
    public JsonObject list(
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("category") String category) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = number(page, 1, MAX_PAGE, "page", errors);
        int pageSize = number(size, DEFAULT_SIZE, NewsService.MAX_PAGE_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return NewsJson.page(
                news.latest(category == null || category.isBlank() ? null : category, pageNumber, pageSize));
    }

    @GET
    @Path("{id}")
    public JsonObject article(@PathParam("id") String id) {
        try {
            return news.article(Long.parseLong(id))
                    .map(article -> NewsJson.article(article, attachments.list(article.id())))
                    .orElseThrow(NotFoundException::new);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /** The parameter's value, or {@code fallback} when absent; out of 1 to max, an error in the client's language. */
    private static int number(String raw, int fallback, int max, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, Texts.say(NewsResource.class, "api.newsResource." + field, max)));
        return fallback;
    }
}
