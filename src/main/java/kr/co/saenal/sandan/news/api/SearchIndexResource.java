package kr.co.saenal.sandan.news.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.co.saenal.sandan.news.search.NewsIndex;
import kr.co.saenal.sandan.platform.Jsons;

/**
 * {@code POST /api/search-index}: rebuilds this server's search index from the database (administrators only,
 * see web.xml). Answers when it is done, with the number of posts indexed.
 */
@Path("/search-index")
public class SearchIndexResource {

    @Inject
    NewsIndex index;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject rebuild() {
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("indexed", index.rebuild())
                .build();
    }
}
