package kr.co.saenal.sandan.news;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Objects;
import kr.co.saenal.sandan.platform.PublicContentListener;

/** A section of the news (산단 소식, 개발·조성, ...): its slug appears in URLs, its name in menus. */
@Entity
@Cacheable
@EntityListeners(PublicContentListener.class)
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false)
    private int position;

    protected Category() {}

    public Category(String slug, String name, int position) {
        this.slug = Slugs.requireValid(slug);
        this.name = Objects.requireNonNull(name, "name");
        this.position = position;
    }

    public void rename(String name, String slug) {
        this.name = Objects.requireNonNull(name, "name");
        this.slug = Slugs.requireValid(slug);
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
