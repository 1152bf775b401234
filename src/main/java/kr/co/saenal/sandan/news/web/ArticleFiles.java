package kr.co.saenal.sandan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.co.saenal.sandan.news.AttachmentRow;
import kr.co.saenal.sandan.news.PostAttachments;

/**
 * The files of posts as public pages show them: the list under an article (type, size, downloads) and the mark on
 * list cards of posts that carry files (one statement per page, whatever the number of cards).
 */
@Named
@RequestScoped
public class ArticleFiles {

    @Inject
    PostAttachments attachments;

    private final Map<Long, List<AttachmentRow>> lists = new HashMap<>();
    private Set<Long> withFiles;

    /** The post's files in their order. */
    public List<AttachmentRow> of(long postId) {
        return lists.computeIfAbsent(postId, attachments::list);
    }

    /** Whether a published post carries files. */
    public boolean has(long postId) {
        if (withFiles == null) {
            withFiles = attachments.publishedPostsWithFiles();
        }
        return withFiles.contains(postId);
    }
}
