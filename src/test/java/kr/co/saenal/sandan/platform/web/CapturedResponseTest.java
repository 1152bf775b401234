package kr.co.saenal.sandan.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CapturedResponseTest {

    private final RecordedResponse real = new RecordedResponse();
    private final CapturedResponse captured = new CapturedResponse(real.response());

    @Test
    void aPageWrittenAsTextIsHeldBackUntilSentAndThenSentWhole() throws IOException {
        page("<p>산업단지 소식</p>");

        assertTrue(captured.isKeepable());
        assertEquals(0, real.body.size(), "nothing reaches the reader before sendBody");
        assertEquals("<p>산업단지 소식</p>", captured.text());

        captured.sendBody();
        assertEquals("<p>산업단지 소식</p>", real.bodyText());
        assertEquals(
                "<p>산업단지 소식</p>".getBytes(StandardCharsets.UTF_8).length,
                real.contentLength,
                "the length of what was written, in UTF-8");
    }

    @Test
    void aLengthSetByThePageIsReplacedByTheLengthOfWhatWasWritten() throws IOException {
        captured.setContentLength(3);
        captured.setContentLengthLong(3);
        page("다섯 글자다");

        captured.sendBody();
        assertEquals("다섯 글자다".getBytes(StandardCharsets.UTF_8).length, real.contentLength);
    }

    @Test
    void aCookieAddedAsACookieIsNotKept() {
        page("<p>본문</p>");
        captured.addCookie(new Cookie("sandan_lang", "en"));

        assertFalse(captured.isKeepable());
        assertEquals(1, real.cookies.size(), "the cookie still reaches the reader who caused it");
    }

    @Test
    void aSetCookieHeaderAddedByNameIsNotKept() {
        page("<p>본문</p>");
        captured.addHeader("Set-Cookie", "sandan_read=20261126-12; Path=/news/; HttpOnly");

        assertFalse(captured.isKeepable());
        assertEquals(1, real.headers.get("Set-Cookie").size(), "the cookie still reaches the reader who caused it");
    }

    @Test
    void aSetCookieHeaderSetInAnyCaseIsNotKept() {
        page("<p>본문</p>");
        captured.setHeader("set-cookie", "visitor=1");

        assertFalse(captured.isKeepable());
    }

    @Test
    void aSetCookieHeaderWrittenPastTheWrapperIsNotKept() {
        page("<p>본문</p>");
        // a framework that unwraps the response it was given and writes to the container's own
        ((HttpServletResponse) ((HttpServletResponseWrapper) captured).getResponse()).addHeader("SET-COOKIE", "x=1");

        assertFalse(captured.isKeepable());
    }

    @Test
    void otherHeadersLeaveThePagePlain() {
        page("<p>본문</p>");
        captured.setHeader("Content-Language", "ko");
        captured.addHeader("Vary", "Accept-Language");
        captured.setHeader("Set-Cookie", null); // removes nothing that was there: no cookie is set

        assertTrue(captured.isKeepable());
    }

    @Test
    void anErrorGoesStraightThroughAndIsNotKept() throws IOException {
        page("<p>본문</p>");
        captured.sendError(HttpServletResponse.SC_NOT_FOUND);

        assertFalse(captured.isKeepable());
        assertEquals(HttpServletResponse.SC_NOT_FOUND, real.errorSent);
        assertTrue(captured.isCommitted());
        captured.sendBody();
        assertEquals(0, real.body.size(), "the error page is the container's to write");
    }

    @Test
    void aRedirectGoesStraightThroughAndIsNotKept() throws IOException {
        captured.sendRedirect("/news/12/slug");

        assertFalse(captured.isKeepable());
        assertEquals("/news/12/slug", real.redirectedTo);
    }

    @Test
    void aPageIsNotCommittedWhileHeldBackWhateverItFlushes() throws IOException {
        page("<p>본문</p>");
        captured.flushBuffer();
        captured.getWriter().flush();
        real.committed = true;

        assertFalse(captured.isCommitted(), "the page may still change its headers and status");
        assertEquals(0, real.body.size());
    }

    @Test
    void onlyAnOkHtmlPageOrXmlDocumentIsKept() {
        captured.setContentType("application/json");
        captured.getWriter().write("{}");
        assertFalse(captured.isKeepable(), "not HTML");

        RecordedResponse other = new RecordedResponse();
        CapturedResponse notFound = new CapturedResponse(other.response());
        notFound.setContentType("text/html");
        notFound.setStatus(HttpServletResponse.SC_NOT_FOUND);
        notFound.getWriter().write("<p>없음</p>");
        assertFalse(notFound.isKeepable(), "not 200");

        CapturedResponse nothingWritten = new CapturedResponse(new RecordedResponse().response());
        nothingWritten.setContentType("text/html");
        assertFalse(nothingWritten.isKeepable(), "no body");
    }

    @Test
    void aFeedWrittenAsBytesIsKeptAsItWasWritten() throws IOException {
        captured.setContentType("application/rss+xml;charset=UTF-8");
        captured.getOutputStream().write("<rss/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertTrue(captured.isKeepable());
        assertFalse(captured.wroteText());
        assertEquals("<rss/>", new String(captured.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void bytesWrittenToTheStreamAreSentButNotKept() throws IOException {
        captured.setContentType("text/html");
        captured.getOutputStream().write(new byte[] {1, 2, 3});

        assertFalse(captured.isKeepable(), "only pages written as text are kept");
        assertEquals(0, real.body.size());
        captured.sendBody();
        assertArrayEquals(new byte[] {1, 2, 3}, real.body.toByteArray());
    }

    @Test
    void aWriteListenerIsToldAtOnceThatItMayWrite() throws IOException {
        AtomicBoolean told = new AtomicBoolean();
        captured.getOutputStream().setWriteListener(new WriteListener() {
            @Override
            public void onWritePossible() {
                told.set(true);
            }

            @Override
            public void onError(Throwable t) {
                throw new AssertionError(t);
            }
        });

        assertTrue(told.get());
        assertTrue(captured.getOutputStream().isReady());
    }

    @Test
    void writerAndStreamExcludeEachOther() throws IOException {
        captured.getWriter();
        assertThrows(IllegalStateException.class, captured::getOutputStream);
        assertSame(captured.getWriter(), captured.getWriter());

        CapturedResponse streamed = new CapturedResponse(new RecordedResponse().response());
        streamed.getOutputStream();
        assertThrows(IllegalStateException.class, streamed::getWriter);
    }

    @Test
    void aResetBufferForgetsWhatWasHeldBack() {
        page("<p>지울 내용</p>");
        captured.resetBuffer();
        captured.getWriter().write("<p>새 내용</p>");

        assertEquals("<p>새 내용</p>", captured.text());
    }

    private void page(String html) {
        captured.setContentType("text/html");
        captured.getWriter().write(html);
    }
}
