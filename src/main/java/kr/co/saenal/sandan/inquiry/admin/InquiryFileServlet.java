package kr.co.saenal.sandan.inquiry.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryFileContent;
import kr.co.saenal.sandan.inquiry.InquiryNotFoundException;
import kr.co.saenal.sandan.inquiry.StaffActor;
import kr.co.saenal.sandan.security.Role;

/**
 * {@code /admin/inquiry-file?inquiry=N&file=M}: a document a requester sent, for consultants and administrators
 * only (others get 404, as for a file that is not there), always as a download, never cached, each opening in the
 * access log.
 */
@WebServlet("/admin/inquiry-file")
public class InquiryFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String inquiry = request.getParameter("inquiry");
        String file = request.getParameter("file");
        boolean mayOpen = request.isUserInRole(Role.ADMIN.name()) || request.isUserInRole(Role.CONSULTANT.name());
        if (!mayOpen
                || inquiry == null
                || file == null
                || !inquiry.matches("\\d{1,18}")
                || !file.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InquiryFileContent opened;
        try {
            opened = desk.openFile(
                    Long.parseLong(inquiry),
                    Long.parseLong(file),
                    new StaffActor(request.getUserPrincipal().getName(), request.getRemoteAddr()));
        } catch (InquiryNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(opened.file().kind().contentType());
        response.setHeader("Content-Disposition", opened.contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(opened.content().length);
        response.getOutputStream().write(opened.content());
    }
}
