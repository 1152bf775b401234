package kr.co.saenal.sandan.news.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of a file would do, read before anything is written: how many items and posts it holds, how many
 * are new and how many were imported before (with their titles), the old site's categories with the number of new
 * posts in each and the category of ours each would go to (a suggestion: same slug, else same name), the authors,
 * the pictures the new posts show (to be fetched) and their hosts, and the comments.
 */
public record ImportPreview(
        String fileName,
        long fileSize,
        FeedKind kind,
        String siteUrl,
        int items,
        int posts,
        int notPosts,
        int newPosts,
        int published,
        int drafts,
        List<String> alreadyImported,
        List<CategoryMatch> categories,
        int uncategorized,
        List<Count> authors,
        int images,
        List<Count> imageHosts,
        int comments)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImportPreview {
        alreadyImported = List.copyOf(alreadyImported);
        categories = List.copyOf(categories);
        authors = List.copyOf(authors);
        imageHosts = List.copyOf(imageHosts);
    }

    /** A category of the old site, the new posts in it, and the category of ours suggested for it (or none). */
    public record CategoryMatch(FeedCategory category, int posts, Long suggestedId) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A name and how often it comes up. */
    public record Count(String name, int count) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
