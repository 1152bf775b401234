package kr.co.saenal.sandan.complex.admin;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The workbook an editor uploaded for a dry run, kept until it is applied or put aside, so that "적용" (and a dry
 * run again with matches made by hand) needs no second upload. One per session: a newer upload, in any window,
 * takes the place of the older one, so a session never holds more than one file (at most
 * {@code SANDAN_WORKBOOK_MAX_BYTES}). It lives in the session, so it is {@link Serializable} and travels with the
 * session to another node of a cluster ({@code <distributable/>}); a page holds only its ticket.
 */
@SessionScoped
public class HeldWorkbook implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A workbook as uploaded: its name and bytes. */
    public record Held(String fileName, byte[] content) implements Serializable {}

    private String ticket;
    private Held held;

    /** Keeps the file in place of any other; returns the ticket a page fetches it with. */
    public synchronized String hold(String fileName, byte[] content) {
        ticket = UUID.randomUUID().toString();
        held = new Held(fileName, content);
        return ticket;
    }

    /** The file kept under {@code ticket}, or none when another upload (or nothing) took its place. */
    public synchronized Optional<Held> get(String ticket) {
        return ticket != null && ticket.equals(this.ticket) ? Optional.of(held) : Optional.empty();
    }

    /** Lets the file go, unless another upload took its place already. */
    public synchronized void release(String ticket) {
        if (ticket != null && ticket.equals(this.ticket)) {
            this.ticket = null;
            this.held = null;
        }
    }
}
