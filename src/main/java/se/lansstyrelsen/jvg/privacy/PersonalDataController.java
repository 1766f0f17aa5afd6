package se.lansstyrelsen.jvg.privacy;

import static se.lansstyrelsen.jvg.config.Texts.text;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal endpoint for administrators (HTTP Basic, Camunda's group Groups.CAMUNDA_ADMIN; see WebSecurity's
 * ADMINISTRATORS_ERASURE): {@code DELETE /intern/arenden/{caseNumber}/kontaktperson} erases the contact
 * person's personal data of a closed case. 204 when erased, 404 for an unknown case, 409 while the case is
 * open. Its old address {@code /internal/accessions/{caseNumber}/contact-person} redirects here
 * ({@link OldErasureAddress}).
 */
@RestController
class PersonalDataController {

    private final PersonalDataErasure erasure;
    private final IdentityService identity;

    PersonalDataController(PersonalDataErasure erasure, IdentityService identity) {
        this.erasure = erasure;
        this.identity = identity;
    }

    static final String PATH = "/intern/arenden/{caseNumber}/kontaktperson";

    @DeleteMapping(PATH)
    ResponseEntity<String> eraseContactPerson(@PathVariable String caseNumber) {
        Authentication user = identity.getCurrentAuthentication();
        return switch (erasure.eraseContactPerson(caseNumber, user == null ? null : user.getUserId())) {
            case ERASED -> ResponseEntity.noContent().build();
            case NO_SUCH_CASE ->
                ResponseEntity.status(HttpStatus.NOT_FOUND).body(text("privacy.erasure.no-such-case", caseNumber));
            case CASE_OPEN -> ResponseEntity.status(HttpStatus.CONFLICT).body(text("privacy.erasure.case-open"));
        };
    }
}
