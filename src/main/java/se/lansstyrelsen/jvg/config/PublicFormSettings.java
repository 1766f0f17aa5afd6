package se.lansstyrelsen.jvg.config;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** The public self-service under {@code accession.public-form.*} (part of {@link AccessionSettings}). */
public class PublicFormSettings {
    /** Requests (POST) one client address may make per {@link #rateLimitPeriod}. */
    private int rateLimitRequests = 20;

    private Duration rateLimitPeriod = Duration.ofMinutes(10);
    /** Largest JSON body accepted by the public API. */
    private DataSize maxJsonBody = DataSize.ofKilobytes(64);
    /** Reads (GET) of the public register and its open data one client address may make per period. */
    private int registerRateLimitRequests = 120;

    private Duration registerRateLimitPeriod = Duration.ofMinutes(1);
    /** How long an idempotency key from the page is remembered. */
    private Duration idempotencyWindow = Duration.ofHours(24);
    /** Public submissions processed at the same time; the rest wait in turn (publicform/SubmissionGate). */
    private int concurrentSubmissions = 3;
    /** How long a submission waits for its turn before the client gets 503 with Retry-After. */
    private Duration submissionQueueTimeout = Duration.ofSeconds(60);

    public int getRateLimitRequests() {
        return rateLimitRequests;
    }

    public void setRateLimitRequests(int rateLimitRequests) {
        this.rateLimitRequests = rateLimitRequests;
    }

    public Duration getRateLimitPeriod() {
        return rateLimitPeriod;
    }

    public void setRateLimitPeriod(Duration rateLimitPeriod) {
        this.rateLimitPeriod = rateLimitPeriod;
    }

    public int getRegisterRateLimitRequests() {
        return registerRateLimitRequests;
    }

    public void setRegisterRateLimitRequests(int registerRateLimitRequests) {
        this.registerRateLimitRequests = registerRateLimitRequests;
    }

    public Duration getRegisterRateLimitPeriod() {
        return registerRateLimitPeriod;
    }

    public void setRegisterRateLimitPeriod(Duration registerRateLimitPeriod) {
        this.registerRateLimitPeriod = registerRateLimitPeriod;
    }

    public DataSize getMaxJsonBody() {
        return maxJsonBody;
    }

    public void setMaxJsonBody(DataSize maxJsonBody) {
        this.maxJsonBody = maxJsonBody;
    }

    public Duration getIdempotencyWindow() {
        return idempotencyWindow;
    }

    public void setIdempotencyWindow(Duration idempotencyWindow) {
        this.idempotencyWindow = idempotencyWindow;
    }

    public int getConcurrentSubmissions() {
        return concurrentSubmissions;
    }

    public void setConcurrentSubmissions(int concurrentSubmissions) {
        this.concurrentSubmissions = concurrentSubmissions;
    }

    public Duration getSubmissionQueueTimeout() {
        return submissionQueueTimeout;
    }

    public void setSubmissionQueueTimeout(Duration submissionQueueTimeout) {
        this.submissionQueueTimeout = submissionQueueTimeout;
    }
}
