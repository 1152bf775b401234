package kr.co.saenal.sandan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One of the codes that open an account with two-factor login when the phone is gone: usable once, kept hashed. */
@Entity
@Table(name = "staff_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(String username, String code) {
        this.username = Objects.requireNonNull(username, "username");
        this.codeHash = SecretHashes.sha256(normalized(code));
    }

    /** As typed: any case, with or without the hyphen. */
    static String normalized(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
