package se.lansstyrelsen.jvg.invitation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

  Optional<Invitation> findByToken(String token);

  List<Invitation> findByRoundIdOrderByIdAsc(Long roundId);

  List<Invitation> findByOrganisationIdAndEndedAtIsNull(Long organisationId);

  List<Invitation> findByRoundIdAndEndedAtIsNull(Long roundId);
}
