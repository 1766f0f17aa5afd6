package se.lansstyrelsen.jvg.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  Optional<Notification> findByDedupKey(String dedupKey);

  List<Notification> findByCaseNumberOrderByIdAsc(String caseNumber);

  /** Replaces an erased contact person's address in the sent-log of one case. */
  @Modifying
  @Query("update Notification n set n.recipient = :replacement where n.caseNumber = :caseNumber and n.recipient = :recipient")
  int replaceRecipient(@Param("caseNumber") String caseNumber, @Param("recipient") String recipient,
      @Param("replacement") String replacement);
}
