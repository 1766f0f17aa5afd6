package se.lansstyrelsen.jvg.accession;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowUpNoteRepository extends JpaRepository<FollowUpNote, Long> {

    List<FollowUpNote> findByAccessionIdOrderByCreatedAtAsc(Long accessionId);

    /** Erasure: the notes of a case keep when, how and by whom, but lose their free text. */
    @Modifying
    @Query("update FollowUpNote n set n.missingInformation = :marker, n.note = null where n.accessionId = :accessionId")
    int eraseText(@Param("accessionId") Long accessionId, @Param("marker") String marker);
}
