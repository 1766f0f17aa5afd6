package se.lansstyrelsen.jvg.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesExtractRepository extends JpaRepository<MinutesExtract, Long> {

  Optional<MinutesExtract> findFirstByAccessionIdOrderByIdDesc(Long accessionId);

  long countByAccessionId(Long accessionId);
}
