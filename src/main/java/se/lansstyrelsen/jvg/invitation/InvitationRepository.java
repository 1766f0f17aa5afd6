package se.lansstyrelsen.jvg.invitation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    List<Invitation> findByRoundIdOrderByIdAsc(Long roundId);

    List<Invitation> findByOrganisationIdAndEndedAtIsNull(Long organisationId);

    List<Invitation> findByRoundIdAndEndedAtIsNull(Long roundId);
}
