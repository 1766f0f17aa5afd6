package se.lansstyrelsen.jvg.publicform;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * Lets at most {@code accession.public-form.concurrent-submissions} public submissions work at once; the
 * others wait in turn (fair), up to {@code submission-queue-timeout}, and then get a 503 with Retry-After.
 * Without it, 50 organisations submitting at the same instant took all of the main pool's connections and
 * the ones that waited longer than Hikari's connection timeout got a 500. Waiting here instead keeps
 * connections free for the job executor and Tasklist, and the wait is bounded by a clear answer.
 */
@Component
class SubmissionGate {

    private final Semaphore permits;
    private final long timeoutMillis;

    SubmissionGate(AccessionSettings settings) {
        this.permits = new Semaphore(settings.getPublicForm().getConcurrentSubmissions(), true);
        this.timeoutMillis =
                settings.getPublicForm().getSubmissionQueueTimeout().toMillis();
    }

    <T> T pass(Supplier<T> submission) {
        boolean entered;
        try {
            entered = permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
        if (!entered) {
            throw new BusyException();
        }
        try {
            return submission.get();
        } finally {
            permits.release();
        }
    }

    /** Too many submissions are waiting: the client should try again shortly (503, Retry-After). */
    static class BusyException extends RuntimeException {}
}
