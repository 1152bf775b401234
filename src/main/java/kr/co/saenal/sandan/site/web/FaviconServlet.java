package kr.co.saenal.sandan.site.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /favicon.ico}: browsers ask for it where no page names an icon (a photo or a PDF opened by itself, a feed),
 * and some crawlers always do. It leads to the site's mark, the icon every page names; a 404 there fills logs and
 * browser consoles with noise.
 */
@WebServlet("/favicon.ico")
public class FaviconServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String MARK = "/resources/sandan/img/mark.svg";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + MARK);
        response.setHeader("Cache-Control", "public, max-age=86400");
    }
}
