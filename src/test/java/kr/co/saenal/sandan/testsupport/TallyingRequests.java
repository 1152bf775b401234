package kr.co.saenal.sandan.testsupport;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Counts a request that carries {@link StatementTally#HEADER} into the tally it names, on the thread that serves it.
 * A listener rather than a filter: the container tells it before authentication and every filter, so what a staff
 * request costs to authenticate (the roles read again) is counted too. Only in the test deployment.
 */
@WebListener
public class TallyingRequests implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            String id = request.getHeader(StatementTally.HEADER);
            if (id != null) {
                StatementTally.countThreadFor(id);
            }
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        StatementTally.stopCountingThread();
    }
}
