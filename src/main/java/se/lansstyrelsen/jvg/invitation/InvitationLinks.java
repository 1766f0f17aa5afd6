package se.lansstyrelsen.jvg.invitation;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of an invitation: the accession page (/anslutning?inbjudan=...) loads the organisation's details
 * from here to prefill the form, which records that the invitation was opened.
 */
@RestController
class InvitationLinks {

    /** The page's script asks for this path with the token from the invitation's link. */
    static final String PREFILL_PATH = "/anslutning/inbjudan/";

    private final InvitationService invitations;

    InvitationLinks(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping(path = PREFILL_PATH + "{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> prefill(@PathVariable String token) {
        if (!InvitationLinkTokens.TOKEN_SHAPE.matcher(token).matches()) {
            return notFound();
        }
        return invitations
                .opened(token)
                .<ResponseEntity<Map<String, Object>>>map(p -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("organisationName", p.organisationName());
                    if (p.organisationNumber() != null) {
                        data.put("organisationNumber", p.organisationNumber());
                    }
                    data.put("organisationType", p.organisationType());
                    if (p.municipalityCode() != null) {
                        data.put("municipalityCode", p.municipalityCode());
                    }
                    return ResponseEntity.ok()
                            .cacheControl(CacheControl.noStore())
                            .body(Map.of("data", data));
                })
                .orElseGet(InvitationLinks::notFound);
    }

    private static ResponseEntity<Map<String, Object>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore())
                .body(Map.of("detail", text("invitation.link.invalid-prefill")));
    }
}
