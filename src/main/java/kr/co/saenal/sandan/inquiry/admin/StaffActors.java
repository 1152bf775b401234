package kr.co.saenal.sandan.inquiry.admin;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import kr.co.saenal.sandan.inquiry.StaffActor;

/** The member of staff behind the current back-office request, as the access log records them. */
final class StaffActors {

    private StaffActors() {}

    static StaffActor current(FacesContext faces) {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        return new StaffActor(request.getUserPrincipal().getName(), request.getRemoteAddr());
    }
}
