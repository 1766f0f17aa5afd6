package se.lansstyrelsen.jvg.notification;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sent-log. Each step commits on its own (REQUIRES_NEW), independent of the job's transaction:
 * once an e-mail is marked sent, a retry of the same job finds it and does not send it again.
 */
@Component
class NotificationLedger {

  private final NotificationRepository repository;
  private final Clock clock;

  NotificationLedger(NotificationRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Returns the log entry to send, or empty when this e-mail was already sent. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<Long> claim(String dedupKey, String caseNumber, NotificationType type, String recipient) {
    Notification n = repository.findByDedupKey(dedupKey)
        .orElseGet(() -> repository.save(new Notification(dedupKey, caseNumber, type, recipient, clock.instant())));
    if (n.getStatus() == Notification.Status.SENT) {
      return Optional.empty();
    }
    n.attempt();
    return Optional.of(n.getId());
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void markSent(Long id, String subject) {
    repository.findById(id).orElseThrow().sent(subject, clock.instant());
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void markFailed(Long id, String error) {
    repository.findById(id).orElseThrow().failed(error);
  }
}
