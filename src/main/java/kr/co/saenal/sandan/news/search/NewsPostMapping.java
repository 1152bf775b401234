package kr.co.saenal.sandan.news.search;

import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.PostAttachment;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;

/**
 * How a {@link NewsPost} becomes a document of the {@link NewsIndex}: title, summary and body text, each analysed as
 * Korean morphemes and as bigrams ({@link KoreanAnalysis}), and the text of its attachments likewise; category, status and publication time for filters,
 * facets and order. Mapped here rather than with annotations on the entity, so that the news model does not depend
 * on its search (persistence.xml names this class in {@code hibernate.search.mapping.configurer}).
 */
public class NewsPostMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep post = context.programmaticMapping().type(NewsPost.class);
        post.indexed().index(NewsIndex.NAME).routingBinder(new PublishedPostsOnly());
        post.property("title")
                .fullTextField(NewsIndex.TITLE)
                .analyzer(KoreanAnalysis.MORPHEMES)
                .fullTextField(NewsIndex.TITLE_BIGRAMS)
                .analyzer(KoreanAnalysis.BIGRAMS);
        post.property("summary")
                .fullTextField(NewsIndex.SUMMARY)
                .analyzer(KoreanAnalysis.MORPHEMES)
                .fullTextField(NewsIndex.SUMMARY_BIGRAMS)
                .analyzer(KoreanAnalysis.BIGRAMS);
        post.property("bodyText")
                .fullTextField(NewsIndex.BODY)
                .analyzer(KoreanAnalysis.MORPHEMES)
                .fullTextField(NewsIndex.BODY_BIGRAMS)
                .analyzer(KoreanAnalysis.BIGRAMS)
                .indexingDependency()
                .derivedFrom(PojoModelPath.parse("body"));
        post.property("attachments").indexedEmbedded(NewsIndex.ATTACHMENTS).includeDepth(1);
        TypeMappingStep attachment = context.programmaticMapping().type(PostAttachment.class);
        attachment
                .property("text")
                .fullTextField(NewsIndex.ATTACHMENT_TEXT)
                .analyzer(KoreanAnalysis.MORPHEMES)
                .fullTextField(NewsIndex.ATTACHMENT_TEXT_BIGRAMS)
                .analyzer(KoreanAnalysis.BIGRAMS);
        post.property("category")
                .keywordField(NewsIndex.CATEGORY)
                .valueBridge(new CategoryKey())
                .aggregable(Aggregable.YES);
        post.property("status").genericField(NewsIndex.STATUS);
        post.property("publishedAt").genericField(NewsIndex.PUBLISHED_AT).sortable(Sortable.YES);
    }
}
