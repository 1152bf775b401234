package kr.co.saenal.sandan.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How often a post has been read, in a row of its own beside the post. The count changes every few seconds while a
 * post is read ({@link ReadingTally}); kept in {@code news_post} it made every flush a bulk update of that table,
 * and Hibernate drops the whole second-level-cache region of an entity whose table a bulk update touches (across
 * the cluster). So this entity is not {@code @Cacheable}, is changed only by bulk statements on its own table
 * ({@link NewsRepository#addViews}), and is read by queries that join it to the post by id, a post without a row
 * having been read 0 times. A deleted post takes its row with it ({@code on delete cascade}).
 */
@Entity
@Table(name = "news_post_views")
public class PostViews {

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Column(nullable = false)
    private long views;

    protected PostViews() {}

    public Long getPostId() {
        return postId;
    }

    public long getViews() {
        return views;
    }
}
