package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * Profile demo only ({@code accession.demo.sample-data}, on by default there, never in prod: ProductionGuard refuses
 * demo with prod): a sample set for the managers' overview, so the embedded default run shows something. Every
 * organisation's name starts with "Exempel: " (the overview then shows an "Exempeldata" banner); organisation
 * numbers are made up (valid check digit, prefix 2129), e-mail addresses end in .example.
 *
 * <p>The cases run through the real process (start form, jobs, claims and task forms as the caseworkers
 * handlaggare1 and handlaggare2) with the engine's clock set back to the day each step happened, so Camunda's
 * history holds real lead times and Tasklist real open tasks: 18 municipalities, the region, a university and a
 * state agency joined; five municipalities under way (waiting for review and overdue, in review, waiting for a
 * completion, approved, just submitted); one withdrawn, one rejected. Runs once: not when an "Exempel:"
 * organisation exists. Runs before the job executor starts (that happens at ApplicationReadyEvent).
 */
@Component
@Profile("demo")
class SampleData {

    private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);
    private static final String FIRST = "handlaggare1";
    private static final String SECOND = "handlaggare2";

    private final SampleSteps steps;
    private final SampleReviews reviews;
    private final OverviewQueries queries;
    private final AccessionSettings settings;
    private final Random random = new Random(2026);
    private final SampleForms forms;

    SampleData(
            ProcessEngine engine,
            AccessionService accessions,
            AccessionProcessGateway gateway,
            MunicipalityDirectory municipalities,
            OverviewQueries queries,
            AccessionSettings settings) {
        this.steps = new SampleSteps(engine, accessions, gateway);
        this.reviews = new SampleReviews(steps);
        this.forms = new SampleForms(municipalities, random);
        this.queries = queries;
        this.settings = settings;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    public void seed() {
        if (!settings.getDemo().isSampleData() || queries.sampleOrganisations(OverviewService.SAMPLE_PREFIX) > 0) {
            return;
        }
        Instant now = Instant.now();
        try {
            seedAll(now);
            LOG.info(text("overview.sample.seeded", forms.count(), OverviewService.SAMPLE_PREFIX.strip()));
        } catch (RuntimeException e) {
            // Sample data must never stop the demo from starting; what was stored stays (and marks the set as seeded).
            LOG.warn(text("overview.sample.incomplete", e.getMessage()));
        } finally {
            steps.reset();
        }
    }

    private void seedAll(Instant now) {
        List<String> joined = List.of(
                "1480", "1490", "1481", "1488", "1485", "1496", "1487", "1489", "1482", "1494", "1401", "1402", "1441",
                "1440", "1415", "1493", "1499", "1435");
        for (int i = 0; i < joined.size(); i++) {
            Instant submitted = now.minus(Duration.ofDays(40 + (long) i * 16 + random.nextInt(10)))
                    .minus(Duration.ofHours(random.nextInt(6)));
            registered(forms.kommun(joined.get(i)), submitted, i % 6 == 2);
        }
        registered(forms.other("Exempel: Västra Götalandsregionen", "REGION"), now.minus(Duration.ofDays(120)), false);
        registered(forms.other("Exempel: Lärosäte i Väst", "LAROSATE"), now.minus(Duration.ofDays(75)), true);
        registered(
                forms.other("Exempel: Statlig myndighet i Väst", "STATLIG_MYNDIGHET"),
                now.minus(Duration.ofDays(52)),
                false);

        // Under way.
        submit(forms.kommun("1463"), now.minus(Duration.ofDays(14))); // waiting for review, overdue
        String inReview = submit(forms.kommun("1491"), now.minus(Duration.ofDays(4)));
        steps.claim(inReview, Elements.REVIEW, SECOND, now.minus(Duration.ofDays(3)));
        Map<String, Object> waiting = forms.kommun("1484");
        String awaiting = submit(waiting, now.minus(Duration.ofDays(12)));
        reviews.requestCompletion(awaiting, FIRST, now.minus(Duration.ofDays(11)), now.minus(Duration.ofDays(10)));
        String approved = submit(forms.kommun("1497"), now.minus(Duration.ofDays(9)));
        reviews.review(approved, FIRST, now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(6)), approval());
        submit(forms.kommun("1452"), now.minus(Duration.ofHours(20)));

        // Closed without joining.
        String withdrawn = submit(forms.kommun("1419"), now.minus(Duration.ofDays(60)));
        steps.withdraw(withdrawn, "Vi avvaktar nytt beslut i kommunstyrelsen.", now.minus(Duration.ofDays(55)));
        String rejected = submit(forms.kommun("1492"), now.minus(Duration.ofDays(90)));
        reviews.reject(
                rejected,
                SECOND,
                now.minus(Duration.ofDays(88)),
                now.minus(Duration.ofDays(85)),
                "Beslutet gäller en förvaltning, inte kommunen som helhet.");
        steps.runJobs(rejected);
    }

    /** Submission, review (sometimes with a completion first), registration, confirmation. */
    private void registered(Map<String, Object> form, Instant submitted, boolean withCompletion) {
        String pid = submit(form, submitted);
        String caseworker = random.nextBoolean() ? FIRST : SECOND;
        Instant t = submitted.plus(hours(4, 96));
        if (withCompletion) {
            Instant decided = t.plus(hours(2, 48));
            reviews.requestCompletion(pid, caseworker, t, decided);
            t = decided.plus(hours(96, 360));
            steps.completion(pid, form, t);
        }
        Instant reviewed = t.plus(hours(2, 120));
        reviews.review(pid, caseworker, t, reviewed, approval());
        Instant registeredAt = reviewed.plus(hours(2, 144));
        steps.complete(
                pid,
                Elements.REGISTER,
                caseworker,
                registeredAt,
                Map.of(Variables.REGISTRATION_REFERENCE, "801-9838-2024", Variables.GOALS_CONFIRMED, true));
        steps.runJobs(pid);
    }

    /** The organisation sends the form; its leadership decided a few weeks before (never a date in the future). */
    private String submit(Map<String, Object> form, Instant when) {
        form.put(
                FormFields.DECISION_DATE,
                LocalDate.ofInstant(when, ClockConfig.SWEDEN)
                        .minusDays(14 + random.nextInt(30))
                        .toString());
        return steps.submit(form, when);
    }

    private Duration hours(int min, int max) {
        return Duration.ofHours(min + random.nextInt(max - min + 1));
    }

    private Map<String, Object> approval() {
        return Map.of(
                Variables.REVIEW_OUTCOME,
                "APPROVE",
                Variables.CHECK_DECISION_STATED,
                true,
                Variables.CHECK_GOALS_CHOSEN,
                true,
                Variables.CHECK_CONTACT_COMPLETE,
                true,
                Variables.CHECK_ORGANISATION_ELIGIBLE,
                true,
                Variables.REVIEW_COMMENT,
                "Komplett.");
    }
}
