package se.lansstyrelsen.jvg.invitation;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRoundRepository extends JpaRepository<InvitationRound, Long> {}
