package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import kr.co.saenal.sandan.complex.ComplexUsage;

/**
 * The posts tagged with a complex, published or not: the directory's undo must not take away a complex a post is
 * tagged with (the tag's foreign key would refuse it, and the editor's choice would be lost silently).
 */
@ApplicationScoped
public class PostComplexUsage implements ComplexUsage {

    @Inject
    NewsRepository posts;

    @Override
    @Transactional
    public List<String> usesOf(Collection<Long> complexIds) {
        return complexIds.isEmpty() ? List.of() : posts.titlesTaggedWith(complexIds);
    }
}
