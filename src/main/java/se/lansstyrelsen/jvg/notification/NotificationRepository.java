package se.lansstyrelsen.jvg.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  Optional<Notification> findByDedupKey(String dedupKey);

  List<Notification> findByCaseNumberOrderByIdAsc(String caseNumber);
}
