package se.lansstyrelsen.jvg.privacy;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.ContactPersonErasure;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.config.RetentionSettings;

/**
 * Nightly: erases the contact person of cases that ended without joining once the retention period
 * ({@code accession.retention.closed-case-contact-days}) has passed since they were closed. Every node runs
 * it; a case that two nodes erase at once is erased by one (the other's update fails on the version).
 */
@Component
class ContactDataRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ContactDataRetention.class);
    static final String ACTOR = "gallring";

    private final ContactPersonErasure cases;
    private final PersonalDataErasure erasure;
    private final RetentionSettings settings;
    private final Clock clock;

    ContactDataRetention(
            ContactPersonErasure cases, PersonalDataErasure erasure, RetentionSettings settings, Clock clock) {
        this.cases = cases;
        this.erasure = erasure;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${accession.retention.closed-case-contact-cron:0 30 2 * * *}", zone = ClockConfig.SWEDEN_ZONE_ID)
    public void eraseExpiredContacts() {
        int erased = 0;
        for (String caseNumber : cases.unjoinedCasesClosedBefore(
                clock.instant().minus(Duration.ofDays(settings.getClosedCaseContactDays())))) {
            try {
                if (erasure.eraseContactPerson(caseNumber, ACTOR) == PersonalDataErasure.Result.ERASED) {
                    erased++;
                }
            } catch (ConcurrencyFailureException otherNode) {
                LOG.info("Contact of {} erased concurrently by another node", caseNumber);
            }
        }
        if (erased > 0) {
            LOG.info("Retention: erased the contact person of {} closed cases", erased);
        }
    }
}
