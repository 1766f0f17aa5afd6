package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * Rate limit per client address for the public POSTs and, with a budget of its own, for reads of the public
 * register and its open data (Bucket4j token buckets, one per address, kept
 * in a bounded Caffeine cache). The address is the request's remote address; behind a reverse proxy
 * the profile prod sets {@code server.forward-headers-strategy=native} with the proxy's address as the only
 * trusted one (TRUSTED_PROXIES), so it is the client's, and an X-Forwarded-For from anyone else changes
 * nothing. The path is matched as the container maps it ({@link PublicPaths#path}). Buckets live per node:
 * a cluster of n nodes allows up to n times the budget.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    private final Budget writes;
    private final Budget registerReads;

    RateLimitFilter(AccessionSettings settings) {
        this.writes = new Budget(
                settings.getPublicForm().getRateLimitRequests(),
                settings.getPublicForm().getRateLimitPeriod());
        this.registerReads = new Budget(
                settings.getPublicForm().getRegisterRateLimitRequests(),
                settings.getPublicForm().getRegisterRateLimitPeriod());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicPaths.isPublicWrite(request) && !PublicPaths.isRegisterRead(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean write = PublicPaths.isPublicWrite(request);
        ConsumptionProbe probe = (write ? writes : registerReads).consume(request.getRemoteAddr());
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        if (!write && "/anslutna".equals(PublicPaths.path(request))) {
            // A person reading the register gets the Swedish error page (SwedishErrorPages), not JSON.
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        ProblemResponses.write(
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                text("publicform.problem.too-many.title"),
                text("publicform.problem.too-many.detail"));
    }

    /** Token buckets of one budget, one per client address. */
    private static final class Budget {
        private final Cache<String, Bucket> buckets;
        private final int requests;
        private final Duration period;

        Budget(int requests, Duration period) {
            this.requests = requests;
            this.period = period;
            this.buckets = Caffeine.newBuilder()
                    .maximumSize(100_000)
                    .expireAfterAccess(period.multipliedBy(2))
                    .build();
        }

        ConsumptionProbe consume(String address) {
            return buckets.get(
                            address,
                            a -> Bucket.builder()
                                    .addLimit(Bandwidth.builder()
                                            .capacity(requests)
                                            .refillGreedy(requests, period)
                                            .build())
                                    .build())
                    .tryConsumeAndReturnRemaining(1);
        }
    }
}
