package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.media.ImageUsage;

/** The posts that show a library picture: as their cover, or linked ({@code /media/{id}}) in their body. */
@ApplicationScoped
public class PostImageUsage implements ImageUsage {

    @Inject
    NewsRepository posts;

    @Override
    public List<String> titlesShowing(long imageId, Place place) {
        return switch (place) {
            case COVER -> posts.titlesWithCover(imageId);
            case BODY -> {
                String path = "/media/" + imageId;
                Pattern exact = Pattern.compile(Pattern.quote(path) + "(?![0-9])"); // not /media/{id}0
                yield posts.titlesAndBodiesContaining(path).stream()
                        .filter(row -> exact.matcher(row[1]).find())
                        .map(row -> row[0])
                        .toList();
            }
        };
    }
}
