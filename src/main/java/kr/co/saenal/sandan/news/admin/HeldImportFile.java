package kr.co.saenal.sandan.news.admin;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The file an editor uploaded to import the old site's posts, kept between the preview and "가져오기" so that the
 * import needs no second upload. One per session (a newer upload in any window takes its place), so a session never
 * holds more than one file ({@code SANDAN_IMPORT_MAX_BYTES}); it is {@link Serializable} and travels with the
 * session on a cluster. The page keeps only its ticket. Nothing is written before "가져오기".
 */
@SessionScoped
public class HeldImportFile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A file as uploaded: its name and bytes. */
    public record Held(String fileName, byte[] content) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private String ticket;
    private Held held;

    public synchronized String hold(String fileName, byte[] content) {
        ticket = UUID.randomUUID().toString();
        held = new Held(fileName, content);
        return ticket;
    }

    public synchronized Optional<Held> get(String ticket) {
        return ticket != null && ticket.equals(this.ticket) ? Optional.of(held) : Optional.empty();
    }

    public synchronized void release(String ticket) {
        if (ticket != null && ticket.equals(this.ticket)) {
            this.ticket = null;
            this.held = null;
        }
    }
}
