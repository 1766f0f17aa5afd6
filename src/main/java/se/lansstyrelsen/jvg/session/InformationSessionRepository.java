package se.lansstyrelsen.jvg.session;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InformationSessionRepository extends JpaRepository<InformationSession, Long> {

    List<InformationSession> findAllByOrderByStartsAtDesc();

    List<InformationSession> findByCancelledFalseAndStartsAtAfterOrderByStartsAt(Instant after);

    long countByExampleTrue();

    /** The session locked for the rest of the transaction: sign-ups and cancellations count places one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from InformationSession s where s.id = :id")
    Optional<InformationSession> lockById(Long id);
}
