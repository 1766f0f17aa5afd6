package se.lansstyrelsen.jvg.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionSignupRepository extends JpaRepository<SessionSignup, Long> {

    List<SessionSignup> findBySessionIdOrderByCreatedAtAscIdAsc(Long sessionId);

    List<SessionSignup> findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(Long sessionId, SessionSignup.Status status);

    Optional<SessionSignup> findByCancelTokenHash(String hash);

    @Query(
            "select coalesce(sum(s.participants), 0) from SessionSignup s where s.session.id = :sessionId and s.status = 'CONFIRMED'")
    long placesTaken(Long sessionId);
}
