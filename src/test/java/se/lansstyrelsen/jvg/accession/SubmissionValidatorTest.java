package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lansstyrelsen.jvg.accession.FormFields.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The rules of {@link SubmissionValidator}, one test each, without Spring: the rules the start form declares
 * (required, length, pattern, e-mail, options, JSON types) and the domain rules (organisation number, municipality
 * for a kommun, decision date, goals). Each refusal names the field and its Swedish message.
 */
class SubmissionValidatorTest {

    private final SubmissionValidator validator = TestSubmissionValidator.create();
    private final Map<String, Object> form = TestAccessions.publicForm(7);

    @Test
    void shouldTurnAValidFormIntoATypedSubmission() {
        form.put(CONTACT_NAME, "  Kim Kontakt  ");

        AccessionSubmission s = submission();

        assertThat(s.organisationNumber().value()).isEqualTo(TestAccessions.organisationNumber(7));
        assertThat(s.organisationType()).isEqualTo(OrganisationType.KOMMUN);
        assertThat(s.municipalityCode()).isEqualTo("1480");
        assertThat(s.contactName()).as("stripped").isEqualTo("Kim Kontakt");
        assertThat(s.decisionDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(s.goals()).containsExactly(new ChosenGoal("MAKT", "MAKT-1", null));
        assertThat(s.infoSessionInterest()).isTrue();
    }

    @Test
    void shouldRefuseAnUnknownFieldOnlyWhenAskedTo() {
        form.put("isAdmin", "true");

        assertThat(validator.validate(form, true).errors()).containsExactly(Map.entry("isAdmin", "Okänt fält."));
        assertThat(validator.validate(form, false).valid()).isTrue();
    }

    @Test
    void shouldRequireARequiredTextField() {
        form.put(CONTACT_NAME, "   ");

        assertOnlyError(CONTACT_NAME, "Fältet måste fyllas i.");
    }

    @Test
    void shouldRefuseAValueThatIsNotTextInATextField() {
        form.put(DECISION_BODY, 42);

        assertOnlyError(DECISION_BODY, "Ogiltigt värde: ska vara text.");
    }

    @Test
    void shouldRefuseControlCharactersInText() {
        form.put(CONTACT_TITLE, "Strateg\u0000chef");

        assertOnlyError(CONTACT_TITLE, "Texten innehåller otillåtna tecken.");
    }

    @Test
    void shouldRefuseTextOverTheFormsMaximumLength() {
        form.put(DECISION_REFERENCE, "x".repeat(100));
        assertThat(errors()).isEmpty();

        form.put(DECISION_REFERENCE, "x".repeat(101));
        assertOnlyError(DECISION_REFERENCE, "Högst 100 tecken.");
    }

    @Test
    void shouldRefuseTextThatBreaksTheFormsPattern() {
        form.put(CONTACT_PHONE, "ring mig");

        assertOnlyError(CONTACT_PHONE, "Uppgiften har fel format.");
    }

    @Test
    void shouldRefuseAnEmailAddressWithoutATopLevelDomain() {
        form.put(CONTACT_EMAIL, "kim@kommun");

        assertOnlyError(CONTACT_EMAIL, "Ange en giltig e-postadress, t.ex. namn@kommun.se.");
    }

    @Test
    void shouldRefuseAnOptionTheFormDoesNotOffer() {
        form.put(ORGANISATION_TYPE, "FORETAG");

        assertOnlyError(ORGANISATION_TYPE, "Välj ett av alternativen.");
    }

    @Test
    void shouldRefuseACheckboxThatIsNotTrueOrFalse() {
        form.put(INFO_SESSION_INTEREST, "true");

        assertOnlyError(INFO_SESSION_INTEREST, "Ogiltigt värde: ska vara ja eller nej.");
    }

    @Test
    void shouldRequireConsentToThePersonalDataInformation() {
        form.put(PERSONAL_DATA_CONSENT, false);

        assertOnlyError(PERSONAL_DATA_CONSENT, "Rutan måste kryssas i.");
    }

    @Test
    void shouldRefuseAGoalChecklistThatIsNotAList() {
        form.put(goalsKey("MAKT"), "MAKT-1");

        assertThat(errors()).containsEntry(goalsKey("MAKT"), "Ogiltigt värde: ska vara en lista med alternativ.");
    }

    @Test
    void shouldRefuseAGoalTheChecklistDoesNotOffer() {
        form.put(goalsKey("MAKT"), List.of("MAKT-1", "MAKT-9"));

        assertThat(errors()).containsEntry(goalsKey("MAKT"), "Välj bland de alternativ som finns.");
    }

    @Test
    void shouldRefuseAnOrganisationNumberWithAWrongCheckDigit() {
        String number = TestAccessions.organisationNumber(7);
        int wrong = (number.charAt(10) - '0' + 1) % 10;
        form.put(ORGANISATION_NUMBER, number.substring(0, 10) + wrong);

        assertOnlyError(ORGANISATION_NUMBER, "Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.");
    }

    @Test
    void shouldRefuseAPersonalIdentityNumberAsOrganisationNumber() {
        form.put(ORGANISATION_NUMBER, "800101-0019");

        assertOnlyError(
                ORGANISATION_NUMBER,
                "Det här ser ut som ett personnummer. Ange organisationens organisationsnummer (tredje siffran är minst 2).");
    }

    @Test
    void shouldWriteTheOrganisationNumberWithAHyphenWhateverFormItCameIn() {
        form.put(
                ORGANISATION_NUMBER, "16" + TestAccessions.organisationNumber(7).replace("-", ""));

        assertThat(submission().organisationNumber().value()).isEqualTo(TestAccessions.organisationNumber(7));
    }

    @Test
    void shouldAskAKommunWhichMunicipalityItIs() {
        form.remove(MUNICIPALITY_CODE);

        assertOnlyError(MUNICIPALITY_CODE, "Välj vilken kommun det gäller.");
    }

    @Test
    void shouldRefuseAMunicipalityOutsideTheDirectory() {
        form.put(MUNICIPALITY_CODE, "1440"); // offered by the form, unknown to the (stubbed) directory

        assertOnlyError(MUNICIPALITY_CODE, "Välj en av Västra Götalands 49 kommuner.");
    }

    @Test
    void shouldNeedNoMunicipalityForARegion() {
        form.put(ORGANISATION_TYPE, "REGION");
        form.remove(MUNICIPALITY_CODE);

        AccessionSubmission s = submission();

        assertThat(s.organisationType()).isEqualTo(OrganisationType.REGION);
        assertThat(s.municipalityCode()).isNull();
    }

    @Test
    void shouldRefuseADecisionDateThatIsNotAnIsoDate() {
        for (String notADate : List.of("15/01/2025", "2025-13-01", "2026-10-01'; --", "igår")) {
            form.put(DECISION_DATE, notADate);

            assertThat(errors()).as(notADate).containsExactly(Map.entry(DECISION_DATE, "Ange datum som ÅÅÅÅ-MM-DD."));
        }
    }

    @Test
    void shouldTakeTheDateOfAnIsoDateTime() {
        form.put(DECISION_DATE, "2026-10-01T00:00:00+02:00");

        assertThat(submission().decisionDate()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void shouldRefuseADecisionDateInTheFuture() {
        form.put(DECISION_DATE, TestSubmissionValidator.TODAY);
        assertThat(errors()).isEmpty();

        form.put(
                DECISION_DATE,
                LocalDate.parse(TestSubmissionValidator.TODAY).plusDays(1).toString());
        assertOnlyError(DECISION_DATE, "Beslutsdatum kan inte ligga i framtiden.");
    }

    @Test
    void shouldAskWhichOtherGoalWhenAnotherRegionalGoalIsChosen() {
        form.put(goalsKey("VALD"), List.of("VALD-ANNAT"));
        assertOnlyError(otherGoalKey("VALD"), "Skriv vilket annat regionalt mål inom området ni prioriterar.");

        form.put(otherGoalKey("VALD"), "Minska våld i nära relationer");
        assertThat(submission().goals())
                .contains(new ChosenGoal("VALD", "VALD-ANNAT", "Minska våld i nära relationer"));
    }

    @Test
    void shouldRefuseAGoalTheCatalogueNoLongerHas() {
        List<GoalCatalogue.AreaView> withoutHealthGoal = TestSubmissionValidator.AREAS.stream()
                .map(a -> a.code().equals("HALSA") ? TestSubmissionValidator.area("HALSA", a.name(), null) : a)
                .toList();
        form.put(goalsKey("HALSA"), List.of("HALSA-1"));

        assertThat(TestSubmissionValidator.create(withoutHealthGoal)
                        .validate(form, true)
                        .errors())
                .containsExactly(Map.entry(goalsKey("HALSA"), "Målet finns inte i strategins målkatalog."));
    }

    @Test
    void shouldRequireAtLeastOneGoal() {
        form.remove(goalsKey("MAKT"));

        assertOnlyError(GOALS, "Välj minst ett regionalt mål som organisationen prioriterar.");
    }

    @Test
    void shouldDescribeTheErrorsInOneSwedishSentenceWithTheFormsLabels() {
        form.put(CONTACT_EMAIL, "kim@kommun");
        form.remove(goalsKey("MAKT"));

        assertThat(validator.validate(form, true).describe(validator.form()))
                .isEqualTo(
                        "Anslutningen kunde inte tas emot. Rätta följande: E-postadress: Ange en giltig e-postadress, t.ex. "
                                + "namn@kommun.se. Prioriterade mål: Välj minst ett regionalt mål som organisationen prioriterar.");
    }

    private void assertOnlyError(String field, String message) {
        assertThat(errors()).containsExactly(Map.entry(field, message));
    }

    private Map<String, String> errors() {
        return validator.validate(form, true).errors();
    }

    private AccessionSubmission submission() {
        SubmissionValidator.Outcome outcome = validator.validate(form, true);
        assertThat(outcome.errors()).isEmpty();
        return outcome.submission().orElseThrow();
    }
}
