package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.Problems;
import se.lansstyrelsen.jvg.minutes.MinutesExtractService;

/**
 * Request body limits for the public POSTs: JSON at most {@code accession.public-form.max-json-body},
 * a file upload at most 10 MB plus the multipart envelope. A declared length over the limit is refused
 * at once with 413; a body without declared length is counted while it is read.
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final long MULTIPART_ENVELOPE = 64 * 1024;

    private final AccessionSettings settings;

    RequestBodyLimitFilter(AccessionSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicPaths.isPublicWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        long limit = multipart
                ? MinutesExtractService.MAX_BYTES + MULTIPART_ENVELOPE
                : settings.getPublicForm().getMaxJsonBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            ProblemResponses.write(
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    text("publicform.problem.too-large.title"),
                    multipart ? text("publicform.problem.too-large.detail") : Problems.jsonTooLarge());
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++count > limit) {
                            throw new Problems.BodyTooLargeException();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (count += n) > limit) {
                            throw new Problems.BodyTooLargeException();
                        }
                        return n;
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
