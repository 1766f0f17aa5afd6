package se.lansstyrelsen.jvg.publicform;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.lansstyrelsen.jvg.accession.AccessToken.Purpose;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionSubmission;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.accession.OpenCaseConflictException;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.invitation.InvitationAnswers;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;

/**
 * A submission from the public page: validated like every other (form rules read from the .form file
 * plus domain rules, unknown fields refused), deduplicated, then started through the gateway. A
 * rejected request stores nothing and starts nothing.
 */
@Service
class PublicSubmissionService {

    /** Header the page sends with a random value per filled-in form. */
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    /** Header the page sends when it was opened through an invitation's link (/anslutning?inbjudan=TOKEN). */
    static final String INVITATION_HEADER = "X-Invitation-Token";

    private final AccessionService accessions;
    private final AccessTokenService tokens;
    private final AccessionProcessGateway process;
    private final IdempotencyKeys idempotency;
    private final TransactionTemplate tx;
    private final InvitationAnswers invitations;

    PublicSubmissionService(
            AccessionService accessions,
            AccessTokenService tokens,
            AccessionProcessGateway process,
            SubmissionKeyRepository keys,
            PlatformTransactionManager transactions,
            AccessionSettings settings,
            InvitationAnswers invitations,
            Clock clock) {
        this.invitations = invitations;
        this.accessions = accessions;
        this.tokens = tokens;
        this.process = process;
        this.idempotency = new IdempotencyKeys(keys, settings, clock);
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Creates the case, or answers with the case an identical earlier request (same idempotency key)
     * created.
     *
     * @throws InvalidInputException (400) when the data breaks a rule
     * @throws OpenCaseExistsException (409) when the organisation already has a case being handled
     * @throws IdempotencyKeyReusedException (409) when the key came with different content before
     */
    Submitted submit(Map<String, Object> formData, String idempotencyKey) {
        return submit(formData, idempotencyKey, null);
    }

    /**
     * As {@link #submit(Map, String)}, from a page opened through an invitation's link: {@code invitationToken}
     * (null: none) names the invitation this accession answers; the registration ends it.
     *
     * @throws InvalidInputException (400) also when the token is not an invitation's link
     */
    Submitted submit(Map<String, Object> formData, String idempotencyKey, String invitationToken) {
        String keyHash = IdempotencyKeys.keyHash(idempotencyKey);
        AccessionSubmission submission = accessions.validatePublic(formData);
        Long invitationId = invitationToken == null ? null : invitations.linkedInvitation(invitationToken);
        String requestHash = IdempotencyKeys.requestHash(formData);
        Optional<Submitted> replay = replay(keyHash, requestHash);
        if (replay.isPresent()) {
            return replay.get();
        }
        accessions.openCaseOf(submission.organisationNumber().value()).ifPresent(caseNumber -> {
            throw new OpenCaseExistsException(caseNumber);
        });
        String organisationNumber = submission.organisationNumber().value();
        try {
            return tx.execute(status -> create(formData, invitationId, keyHash, requestHash));
        } catch (OpenCaseConflictException raced) {
            // Another submission for the same organisation won at the same instant; the database kept one.
            throw new OpenCaseExistsException(
                    accessions.openCaseOf(organisationNumber).orElse(raced.openCaseNumber()));
        } catch (DataIntegrityViolationException raced) {
            // A double click: the same key arrived twice at once and the other request won.
            return replay(keyHash, requestHash)
                    .orElseThrow(() -> new OpenCaseExistsException(
                            accessions.openCaseOf(organisationNumber).orElse(null)));
        }
    }

    /** The case, its process and its status link, in one transaction. */
    private Submitted create(Map<String, Object> formData, Long invitationId, String keyHash, String requestHash) {
        SubmissionKey key = idempotency.store(keyHash, requestHash);
        String caseNumber = accessions.allocateCaseNumber();
        Map<String, Object> variables = new LinkedHashMap<>(formData);
        if (invitationId != null) {
            variables.put(AccessionProcess.Variables.INVITATION_ID, invitationId);
        }
        process.start(caseNumber, variables);
        if (key != null) {
            key.caseCreated(caseNumber);
        }
        Long accessionId = accessions.byCaseNumber(caseNumber).orElseThrow().getId();
        return new Submitted(
                caseNumber,
                tokens.issueInCurrentTransaction(accessionId, Purpose.STATUS).token(),
                true);
    }

    /** The case an identical earlier request with the key created, with a fresh status link. */
    private Optional<Submitted> replay(String keyHash, String requestHash) {
        return idempotency.earlierCase(keyHash, requestHash).map(caseNumber -> {
            Long accessionId = accessions.byCaseNumber(caseNumber).orElseThrow().getId();
            return new Submitted(
                    caseNumber, tokens.issue(accessionId, Purpose.STATUS).token(), false);
        });
    }

    /** The case; {@code created} is false when an earlier identical request created it. */
    record Submitted(String caseNumber, String statusToken, boolean created) {}

    /** The organisation already has a case being handled (its number is null if it could not be read). */
    static class OpenCaseExistsException extends RuntimeException {
        private final String caseNumber;

        OpenCaseExistsException(String caseNumber) {
            super("Open case " + caseNumber);
            this.caseNumber = caseNumber;
        }

        String caseNumber() {
            return caseNumber;
        }
    }

    /** The idempotency key was used before with other content. */
    static class IdempotencyKeyReusedException extends RuntimeException {
        IdempotencyKeyReusedException() {
            super("Idempotency key reused with different content");
        }
    }
}
