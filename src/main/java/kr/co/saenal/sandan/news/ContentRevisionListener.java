package kr.co.saenal.sandan.news;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/** Names the staff member behind a revision; changes made by the system itself (demo content) are "system". */
public class ContentRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((ContentRevision) revision).setEditor(currentCaller());
    }

    private static String currentCaller() {
        try {
            Principal caller = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return caller == null || "anonymous".equals(caller.getName()) ? SYSTEM : caller.getName();
        } catch (RuntimeException noSecurityContextHere) {
            return SYSTEM;
        }
    }
}
