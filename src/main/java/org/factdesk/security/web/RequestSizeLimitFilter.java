package org.factdesk.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every API request body before anything reads it, so that no request, whoever sends it, can
 * make the server hold more than its endpoint needs: a body that says it is larger is answered 413
 * at once, and one that turns out larger while it streams in is cut off at the cap (also 413).
 * Multipart uploads have their own cap (10 MB a file, in application.properties).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** A document's text as JSON: 10 million code points, with room for escapes and metadata. */
    public static final long DOCUMENT_BODY = 32L << 20;
    /** A text for suggestions (at most 1.5 million characters). */
    public static final long SUGGEST_BODY = 8L << 20;
    /** Everything else: a claim, its attribution, verdict, evidence, a comment, a source, a user. */
    public static final long OTHER_BODY = 2L << 20;

    private static final Pattern DOCUMENT_PATHS = Pattern.compile(
            "/api/v1/documents(/import|/\\d+/text|/\\d+/annotations)?");

    /** The cap for a request, by its path. */
    static long limitFor(String path) {
        if (DOCUMENT_PATHS.matcher(path).matches()) {
            return DOCUMENT_BODY;
        }
        if (path.equals("/api/v1/suggest")) {
            return SUGGEST_BODY;
        }
        return OTHER_BODY;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var type = request.getContentType();
        return !path.startsWith("/api/") || (type != null && type.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        if (request.getContentLengthLong() > limit) {
            ProblemResponses.write(response, 413, "Content Too Large", tooLarge(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    static String tooLarge(long limit) {
        return "The request body is larger than this endpoint accepts (at most " + (limit >> 20) + " MB)";
    }

    /** Thrown when a streamed body passes its cap; the API answers 413. */
    public static final class BodyTooLargeException extends IOException {

        private final long limit;

        BodyTooLargeException(long limit) {
            super(tooLarge(limit));
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
