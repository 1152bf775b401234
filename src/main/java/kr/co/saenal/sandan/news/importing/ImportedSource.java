package kr.co.saenal.sandan.news.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * An item of the old site that was imported, remembered by one of its keys (its guid, its link: {@link SourceKeys})
 * so that the same item is never imported twice. The post may have been deleted since ({@code postId} null).
 */
@Entity
@Table(name = "news_import_source")
public class ImportedSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_key", nullable = false, length = SourceKeys.MAX_LENGTH)
    private String sourceKey;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "import_id", nullable = false)
    private long importId;

    protected ImportedSource() {}

    ImportedSource(String sourceKey, long postId, long importId) {
        this.sourceKey = Objects.requireNonNull(sourceKey, "sourceKey");
        this.postId = postId;
        this.importId = importId;
    }

    public String getSourceKey() {
        return sourceKey;
    }
}
