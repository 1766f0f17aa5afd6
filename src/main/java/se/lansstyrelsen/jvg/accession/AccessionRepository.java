package se.lansstyrelsen.jvg.accession;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessionRepository extends JpaRepository<Accession, Long> {

  Optional<Accession> findByCaseNumber(String caseNumber);

  Optional<Accession> findFirstByOrganisationIdAndStatusInOrderByIdDesc(Long organisationId,
      Collection<AccessionStatus> statuses);

  boolean existsByOrganisationIdAndStatusIn(Long organisationId, Collection<AccessionStatus> statuses);
}
