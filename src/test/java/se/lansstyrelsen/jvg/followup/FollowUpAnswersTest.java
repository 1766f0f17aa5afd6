package se.lansstyrelsen.jvg.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.notification.AccessionNotifier.GoalLine;

/** The server's rules for the public follow-up form, whatever a client sends. */
class FollowUpAnswersTest {

    private static final List<GoalLine> TWO_GOALS =
            List.of(new GoalLine("Ekonomisk jämställdhet", "Mål A"), new GoalLine("Jämställd hälsa", "Mål B"));

    @Test
    void shouldKeepTheAnswersInTheOrderOfTheGoalsWithTheGoalTextsFromTheServer() {
        Map<String, Object> data = Map.of(
                "goals",
                List.of(
                        Map.of(
                                "goalLabel",
                                "ett annat mål",
                                "done",
                                "  Utbildat chefer ",
                                "supportWanted",
                                "Handledning"),
                        Map.of("done", "Analyserat statistik", "changed", "")));

        FollowUpAnswers.Parsed parsed = FollowUpAnswers.parse(data, TWO_GOALS);

        assertThat(parsed.answers())
                .containsExactly(
                        new GoalAnswer("Ekonomisk jämställdhet", "Mål A", "Utbildat chefer", null, "Handledning"),
                        new GoalAnswer("Jämställd hälsa", "Mål B", "Analyserat statistik", null, null));
        assertThat(parsed.newContact()).isNull();
    }

    @Test
    void shouldNameEveryBrokenFieldInSwedish() {
        Map<String, Object> data = new HashMap<>();
        data.put("goals", List.of(Map.of("done", 42), Map.of("done", "rad\u0007ett", "changed", "x".repeat(4001))));
        data.put("contactChanged", true);
        data.put("newContactEmail", "nora@");
        data.put("newContactPhone", "ring mig");

        InvalidInputException e =
                catchThrowableOfType(() -> FollowUpAnswers.parse(data, TWO_GOALS), InvalidInputException.class);

        assertThat(e.errors())
                .containsEntry("goals[0].done", "Fältet ska innehålla text.")
                .containsEntry("goals[1].done", "Fältet innehåller otillåtna tecken.")
                .containsEntry("goals[1].changed", "Högst 4000 tecken.")
                .containsEntry("newContactName", "Fältet måste fyllas i.")
                .containsEntry("newContactEmail", "Ange en giltig e-postadress, t.ex. namn@kommun.se.")
                .containsKey("newContactPhone");
    }

    @Test
    void shouldRefuseAnswersThatDoNotMatchTheGoals() {
        for (Object goals : new Object[] {null, "text", List.of(Map.of("done", "bara ett"))}) {
            Map<String, Object> data = new HashMap<>();
            data.put("goals", goals);
            InvalidInputException e =
                    catchThrowableOfType(() -> FollowUpAnswers.parse(data, TWO_GOALS), InvalidInputException.class);
            assertThat(e.errors())
                    .as(String.valueOf(goals))
                    .containsEntry("goals", "Svara för vart och ett av organisationens 2 mål.");
        }
    }

    @Test
    void shouldTakeANewContactPersonOnlyWhenTheOrganisationSaysItHasOne() {
        Map<String, Object> data = new HashMap<>(Map.of(
                "goals",
                List.of(Map.of("done", "a"), Map.of("done", "b")),
                "newContactName",
                "Nora Ny",
                "newContactEmail",
                "nora@kommun.example"));
        assertThat(FollowUpAnswers.parse(data, TWO_GOALS).newContact()).isNull();

        data.put("contactChanged", true);
        assertThat(FollowUpAnswers.parse(data, TWO_GOALS).newContact())
                .isEqualTo(new AnnualFollowUp.NewContact("Nora Ny", null, "nora@kommun.example", null));

        data.put("contactChanged", "ja");
        assertThat(catchThrowableOfType(() -> FollowUpAnswers.parse(data, TWO_GOALS), InvalidInputException.class)
                        .errors())
                .containsEntry("contactChanged", "Ange ja eller nej.");
    }
}
