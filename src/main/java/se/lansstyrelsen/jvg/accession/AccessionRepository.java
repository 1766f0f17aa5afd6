package se.lansstyrelsen.jvg.accession;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccessionRepository extends JpaRepository<Accession, Long> {

    Optional<Accession> findByCaseNumber(String caseNumber);

    Optional<Accession> findFirstByOrganisationIdAndStatusInOrderByIdDesc(
            Long organisationId, Collection<AccessionStatus> statuses);

    /** Cases in these statuses closed before the given time whose contact person is not erased yet. */
    @Query("select a.caseNumber from Accession a where a.status in :statuses and a.closedAt < :closedBefore"
            + " and a.contact.erasedAt is null order by a.closedAt")
    List<String> findContactsToErase(
            @Param("statuses") Collection<AccessionStatus> statuses, @Param("closedBefore") Instant closedBefore);
}
