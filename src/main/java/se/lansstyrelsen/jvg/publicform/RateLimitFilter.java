package se.lansstyrelsen.jvg.publicform;

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
 * Rate limit per client address for the public POSTs (Bucket4j token buckets, one per address, kept
 * in a bounded Caffeine cache). The address is the request's remote address; behind a reverse proxy
 * the profile prod sets {@code server.forward-headers-strategy=native} with the proxy's address as the only
 * trusted one (TRUSTED_PROXIES), so it is the client's, and an X-Forwarded-For from anyone else changes
 * nothing. The path is matched as the container maps it ({@link PublicPaths#path}). Buckets live per node:
 * a cluster of n nodes allows up to n times the budget.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

  private final Cache<String, Bucket> buckets;
  private final int requests;
  private final Duration period;

  RateLimitFilter(AccessionSettings settings) {
    this.requests = settings.getPublicForm().getRateLimitRequests();
    this.period = settings.getPublicForm().getRateLimitPeriod();
    this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.multipliedBy(2)).build();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PublicPaths.isPublicWrite(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Bucket bucket = buckets.get(request.getRemoteAddr(), address -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build()).build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    response.setHeader("Retry-After", Long.toString(seconds));
    ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "För många förfrågningar",
        "Ni har skickat många förfrågningar på kort tid. Vänta en stund och försök igen.");
  }
}
