package se.lansstyrelsen.jvg.accession;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpNoteRepository extends JpaRepository<FollowUpNote, Long> {

  List<FollowUpNote> findByAccessionIdOrderByCreatedAtAsc(Long accessionId);
}
