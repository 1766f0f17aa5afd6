package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.Organisation;
import se.lansstyrelsen.jvg.organisation.OrganisationRepository;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The rules {@link AccessionService} applies before it changes a case, without Spring or a database: the
 * repositories are mocks. What the process and the database do with a case is tested in the integration tests.
 */
class AccessionServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final AccessionRepository accessions = mock(AccessionRepository.class);
    private final OrganisationRepository organisations = mock(OrganisationRepository.class);
    private final FollowUpNoteRepository notes = mock(FollowUpNoteRepository.class);
    private final CaseNumberAllocator caseNumbers = mock(CaseNumberAllocator.class);
    private final GoalCatalogue catalogue = mock(GoalCatalogue.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final Clock clock = Clock.fixed(NOW, ClockConfig.SWEDEN);
    private final AccessionService service = new AccessionService(
            accessions, organisations, notes, caseNumbers, TestSubmissionValidator.create(), catalogue, clock, events);
    private final CaseworkerDecisions decisions =
            new CaseworkerDecisions(service, notes, clock, new AccessionSettings(clock), events);

    @Test
    void shouldRefuseAnInvalidSubmissionWithTheValidatorsMessagesAndStoreNothing() {
        Map<String, Object> form = TestAccessions.publicForm(1);
        form.put(FormFields.CONTACT_EMAIL, "kim@kommun");

        assertThatThrownBy(() -> service.registerSubmission(form, null, null, "kim"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(Map.entry(
                                        FormFields.CONTACT_EMAIL,
                                        "Ange en giltig e-postadress, t.ex. namn@kommun.se.")))
                .hasMessageStartingWith("Anslutningen kunde inte tas emot. Rätta följande: E-postadress:");
        verifyNoInteractions(organisations, accessions, caseNumbers);
    }

    @Test
    void shouldRefuseASecondOpenCaseForTheSameOrganisationNamingTheOpenOne() {
        Organisation known = organisation(5L, null);
        Accession open = mock(Accession.class);
        when(open.getCaseNumber()).thenReturn("JVG-2026-0007");
        when(organisations.findByOrganisationNumber(TestAccessions.organisationNumber(1)))
                .thenReturn(Optional.of(known));
        when(accessions.findFirstByOrganisationIdAndStatusInOrderByIdDesc(5L, AccessionStatus.OPEN))
                .thenReturn(Optional.of(open));

        assertThatThrownBy(() -> service.registerSubmission(TestAccessions.publicForm(1), null, null, "kim"))
                .isInstanceOfSatisfying(
                        OpenCaseConflictException.class,
                        e -> assertThat(e.openCaseNumber()).isEqualTo("JVG-2026-0007"))
                .hasMessage("Organisationen har redan ett pågående anslutningsärende (JVG-2026-0007).");
        verify(accessions, never()).save(any());
    }

    @Test
    void shouldCreateANewOrganisationsCaseUnderANewCaseNumberNotAsADuplicate() {
        when(organisations.save(any())).thenAnswer(call -> call.getArgument(0));
        when(accessions.save(any())).thenAnswer(call -> call.getArgument(0));
        when(caseNumbers.next()).thenReturn("JVG-2026-0001");
        givenTheCurrentGoalCatalogue();

        AccessionService.Registered registered =
                service.registerSubmission(TestAccessions.publicForm(1), null, null, "kim");

        assertThat(registered.caseNumber()).isEqualTo("JVG-2026-0001");
        assertThat(registered.possibleDuplicate()).isFalse();
        assertThat(registered.organisationNumber()).isEqualTo(TestAccessions.organisationNumber(1));
    }

    @Test
    void shouldMarkASubmissionOfAnOrganisationThatHasJoinedAsAPossibleDuplicate() {
        Organisation joined = organisation(5L, NOW.minusSeconds(86_400));
        when(organisations.findByOrganisationNumber(TestAccessions.organisationNumber(1)))
                .thenReturn(Optional.of(joined));
        when(accessions.save(any())).thenAnswer(call -> call.getArgument(0));
        givenTheCurrentGoalCatalogue();

        AccessionService.Registered registered =
                service.registerSubmission(TestAccessions.publicForm(1), "JVG-2026-0002", null, null);

        assertThat(registered.caseNumber())
                .as("the number allocated for the public submission")
                .isEqualTo("JVG-2026-0002");
        assertThat(registered.possibleDuplicate()).isTrue();
        verify(caseNumbers, never()).next();
    }

    @Test
    void shouldRefuseACompletionThatChangesTheOrganisationNumber() {
        Accession waiting = mock(Accession.class);
        Organisation organisation = organisation(5L, null);
        when(organisation.getOrganisationNumber()).thenReturn(TestAccessions.organisationNumber(2));
        when(waiting.getOrganisation()).thenReturn(organisation);
        when(accessions.findById(9L)).thenReturn(Optional.of(waiting));

        assertThatThrownBy(() -> service.applyCompletion(9L, TestAccessions.publicForm(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys(FormFields.ORGANISATION_NUMBER))
                .hasMessage(
                        "Organisationsnumret kan inte ändras i en komplettering. Skicka in en ny anslutning om det är fel "
                                + "organisation.");
        verify(waiting, never()).apply(any());
    }

    @Test
    void shouldAskTheCaseworkerForADecision() {
        assertReviewRefused(
                decision(null, true, null, null),
                TaskFormFields.REVIEW_OUTCOME,
                "Välj ett beslut: godkänn, begär komplettering eller avslå.");
    }

    @Test
    void shouldRequireAReasonForARejection() {
        assertReviewRefused(
                decision(ReviewOutcome.REJECT, true, null, "  "),
                TaskFormFields.REJECTION_REASON,
                "Skriv en motivering till avslaget; den skickas till kontaktpersonen.");
    }

    @Test
    void shouldRequireTheWholeChecklistForAnApproval() {
        assertReviewRefused(
                decision(ReviewOutcome.APPROVE, false, null, null),
                TaskFormFields.REVIEW_OUTCOME,
                "Kryssa i alla fyra kontrollpunkterna innan du godkänner anslutningen.");
    }

    @Test
    void shouldRefuseAReviewCommentOverTwoThousandCharacters() {
        assertReviewRefused(
                decision(ReviewOutcome.APPROVE, true, "x".repeat(2001), null),
                TaskFormFields.REVIEW_COMMENT,
                "Högst 2000 tecken.");
    }

    @Test
    void shouldRequireWhatIsMissingAndAKnownContactMethodForAFollowUp() {
        assertThatThrownBy(() -> decisions.recordFollowUp(9L, " ", "BREVDUVA", null, "kim"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        Map.entry(
                                                TaskFormFields.MISSING_INFORMATION,
                                                "Beskriv vad som saknas; texten skickas till kontaktpersonen."),
                                        Map.entry(TaskFormFields.CONTACT_METHOD, "Välj hur kontakten togs.")));
        verifyNoInteractions(accessions, notes);
    }

    @Test
    void shouldRequireARegistryReferenceOfTheConfiguredShapeAndConfirmedGoals() {
        assertThatThrownBy(() -> decisions.registerOrganisation(9L, "801/9838", false, "kim"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        Map.entry(
                                                TaskFormFields.REGISTRATION_REFERENCE,
                                                "Ange diarienumret som handlingen fick i registret, t.ex. 801-9838-2024:12."),
                                        Map.entry(
                                                TaskFormFields.GOALS_CONFIRMED,
                                                "Bekräfta att du har kontrollerat de prioriterade målen.")));
        verifyNoInteractions(accessions, events);
    }

    private void assertReviewRefused(ReviewDecision decision, String field, String message) {
        assertThatThrownBy(() -> decisions.recordReview(9L, decision, "kim"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsExactly(Map.entry(field, message)));
        verifyNoInteractions(accessions);
    }

    private static ReviewDecision decision(
            ReviewOutcome outcome, boolean checklistComplete, String comment, String rejectionReason) {
        return new ReviewDecision(outcome, true, true, true, checklistComplete, comment, rejectionReason);
    }

    private static Organisation organisation(Long id, Instant joinedAt) {
        Organisation o = mock(Organisation.class);
        when(o.getId()).thenReturn(id);
        when(o.getJoinedAt()).thenReturn(joinedAt);
        return o;
    }

    private void givenTheCurrentGoalCatalogue() {
        when(catalogue.current())
                .thenReturn(new GoalCatalogue.Snapshot(
                        "2024-2027",
                        "Jämställt Västra Götaland 2024–2027",
                        "801-9838-2024",
                        TestSubmissionValidator.AREAS));
    }
}
