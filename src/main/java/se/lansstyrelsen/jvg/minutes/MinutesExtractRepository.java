package se.lansstyrelsen.jvg.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MinutesExtractRepository extends JpaRepository<MinutesExtract, Long> {

    Optional<MinutesExtract> findFirstByAccessionIdOrderByIdDesc(Long accessionId);

    /** File names of the case's extracts, newest first; selects the name column only, never the content. */
    @Query("select m.fileName from MinutesExtract m where m.accessionId = :accessionId order by m.id desc")
    List<String> fileNamesNewestFirst(@Param("accessionId") Long accessionId, Limit limit);

    long countByAccessionId(Long accessionId);
}
