package kr.co.saenal.sandan.inquiry;

import java.util.Objects;

/** The member of staff acting, and from where: what the access log records. */
public record StaffActor(String username, String clientAddress) {

    public StaffActor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
