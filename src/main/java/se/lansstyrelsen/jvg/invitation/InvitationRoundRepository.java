package se.lansstyrelsen.jvg.invitation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRoundRepository extends JpaRepository<InvitationRound, Long> {

  List<InvitationRound> findAllByOrderByStartedAtDesc();
}
