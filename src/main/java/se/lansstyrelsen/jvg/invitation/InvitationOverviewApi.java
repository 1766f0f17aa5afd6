package se.lansstyrelsen.jvg.invitation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reach of every invitation round as JSON; same login and rights as the rest of /intern/api/overview. */
@RestController
class InvitationOverviewApi {

    private final InvitationReach reach;

    InvitationOverviewApi(InvitationReach reach) {
        this.reach = reach;
    }

    @GetMapping("/intern/api/overview/invitations")
    List<InvitationReach.RoundReach> rounds() {
        return reach.rounds();
    }
}
