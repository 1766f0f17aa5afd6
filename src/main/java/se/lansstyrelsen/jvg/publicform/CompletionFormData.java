package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.accession.FormFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/** The data of a case as the start form holds it, to prefill the completion form with what the organisation sent. */
@Component
class CompletionFormData {

    private final GoalCatalogue catalogue;

    CompletionFormData(GoalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The case's current data under the start form's keys. */
    Map<String, Object> of(Accession a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(ORGANISATION_NAME, a.getOrganisation().getName());
        data.put(ORGANISATION_NUMBER, a.getOrganisation().getOrganisationNumber());
        data.put(ORGANISATION_TYPE, a.getOrganisation().getOrganisationType().name());
        if (a.getOrganisation().getMunicipalityCode() != null) {
            data.put(MUNICIPALITY_CODE, a.getOrganisation().getMunicipalityCode());
        }
        data.put(CONTACT_NAME, a.getContact().name());
        data.put(CONTACT_TITLE, a.getContact().title());
        data.put(CONTACT_EMAIL, a.getContact().email());
        data.put(CONTACT_PHONE, a.getContact().phone());
        data.put(DECISION_BODY, a.getDecision().body());
        data.put(DECISION_DATE, a.getDecision().date().toString());
        data.put(DECISION_REFERENCE, a.getDecision().reference());
        for (GoalCatalogue.AreaView area : catalogue.current().areas()) {
            List<ChosenGoal> chosen = a.getCommitment().goals().stream()
                    .filter(g -> g.areaCode().equals(area.code()))
                    .toList();
            data.put(
                    goalsKey(area.code()),
                    chosen.stream().map(ChosenGoal::goalCode).toList());
            chosen.stream()
                    .filter(g -> g.otherText() != null)
                    .findFirst()
                    .ifPresent(g -> data.put(otherGoalKey(area.code()), g.otherText()));
        }
        data.put(PLANNED_WORK, a.getCommitment().plannedWork());
        data.put(INFO_SESSION_INTEREST, a.getCommitment().infoSessionInterest());
        // Given with the accession (the server refuses a form without it); a completion does not ask again.
        data.put(PERSONAL_DATA_CONSENT, true);
        return data;
    }
}
