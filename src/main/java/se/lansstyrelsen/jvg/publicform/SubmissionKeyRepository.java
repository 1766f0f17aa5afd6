package se.lansstyrelsen.jvg.publicform;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubmissionKeyRepository extends JpaRepository<SubmissionKey, Long> {

    Optional<SubmissionKey> findByKeyHash(String keyHash);

    @Modifying
    @Query("delete from SubmissionKey k where k.createdAt < :before")
    int deleteOlderThan(Instant before);
}
