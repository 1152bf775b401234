package kr.co.saenal.sandan.complex;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * An industrial complex (산업단지), the same one quarter after quarter: its id is what addresses and other features
 * keep. Its type, 시도, 시군 and name are those of its newest figures ({@link #identify}); an import that renames it
 * (matched by hand) changes them, and undoing that import changes them back.
 */
@Entity
@Table(name = "industrial_complex")
public class IndustrialComplex {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplexType complexType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sido sido;

    @Column(nullable = false, length = 60)
    private String sigun;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean bundleMember;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false)
    private long createdByImportId;

    protected IndustrialComplex() {}

    public IndustrialComplex(
            ComplexType type, Sido sido, String sigun, String name, boolean bundleMember, long createdByImportId) {
        identify(type, sido, sigun, name, bundleMember);
        this.createdByImportId = createdByImportId;
    }

    /** Takes the identity of its newest figures; the slug follows the name. */
    public final void identify(ComplexType type, Sido sido, String sigun, String name, boolean bundleMember) {
        this.complexType = Objects.requireNonNull(type, "type");
        this.sido = Objects.requireNonNull(sido, "sido");
        this.sigun = ComplexKey.cleanText(sigun);
        this.name = ComplexKey.cleanText(name);
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("A complex has a name");
        }
        this.bundleMember = bundleMember;
        this.slug = ComplexSlugs.of(this.name);
    }

    /** What finds it again in a workbook. */
    public ComplexKey key() {
        return new ComplexKey(complexType, sido, sigun, name, bundleMember);
    }

    public Long getId() {
        return id;
    }

    public ComplexType getComplexType() {
        return complexType;
    }

    public Sido getSido() {
        return sido;
    }

    public String getSigun() {
        return sigun;
    }

    public String getName() {
        return name;
    }

    public boolean isBundleMember() {
        return bundleMember;
    }

    public String getSlug() {
        return slug;
    }

    public long getCreatedByImportId() {
        return createdByImportId;
    }
}
