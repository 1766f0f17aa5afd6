package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lansstyrelsen.jvg.followup.AnnualFollowUp;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpGateway;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess.Variables;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpService;
import se.lansstyrelsen.jvg.followup.FollowUpSettings;
import se.lansstyrelsen.jvg.notification.FollowUpNotifier;

/**
 * The yearly follow-up processes' delegates, one {@code @Bean} each (BPMN: {@code ${<bean name>}}). Each reads
 * the follow-up's id from the execution, calls one service method and writes at most one variable.
 */
@Configuration
public class AnnualFollowUpDelegates {

    /** The variables these delegates read and write, typed (names: AnnualFollowUpProcess.Variables). */
    static final ProcessVariable<Long> FOLLOW_UP_ID = ProcessVariable.server(Variables.FOLLOW_UP_ID, Long.class);

    static final ProcessVariable<Integer> REMINDER_COUNT =
            ProcessVariable.server(Variables.REMINDER_COUNT, Integer.class);
    static final ProcessVariable<Integer> FOLLOW_UPS_STARTED =
            ProcessVariable.server(Variables.FOLLOW_UPS_STARTED, Integer.class);
    static final ProcessVariable<Boolean> ACCEPT_CONTACT_CHANGE =
            ProcessVariable.form(Variables.ACCEPT_CONTACT_CHANGE, Boolean.class);
    static final ProcessVariable<String> REVIEW_NOTE = ProcessVariable.form(Variables.REVIEW_NOTE, String.class);
    static final ProcessVariable<String> MISSING_ANSWER_NOTE =
            ProcessVariable.form(Variables.MISSING_ANSWER_NOTE, String.class);

    /** One follow-up process per joined organisation without one for the year (the service decides who). */
    @Bean
    public JavaDelegate startFollowUpsDelegate(
            AnnualFollowUpService followUps, AnnualFollowUpGateway gateway, FollowUpSettings settings) {
        return execution -> {
            int year = followUpYear(execution.getVariable(Variables.FOLLOW_UP_YEAR), settings.currentYear());
            List<AnnualFollowUpService.Created> created = followUps.createForYear(year);
            for (AnnualFollowUpService.Created c : created) {
                gateway.start(c, year);
            }
            FOLLOW_UPS_STARTED.set(execution, created.size());
        };
    }

    @Bean
    public JavaDelegate sendFollowUpRequestDelegate(AnnualFollowUpService followUps, FollowUpNotifier notifier) {
        return execution -> {
            Long id = FOLLOW_UP_ID.require(execution);
            AnnualFollowUp f = followUps.get(id);
            notifier.sendRequest(f.getAccessionId(), f.getYear(), () -> followUps.issueLink(id));
        };
    }

    @Bean
    public JavaDelegate sendFollowUpReminderDelegate(AnnualFollowUpService followUps, FollowUpNotifier notifier) {
        return execution -> {
            Long id = FOLLOW_UP_ID.require(execution);
            int number = REMINDER_COUNT.orElse(execution, 0) + 1;
            AnnualFollowUp f = followUps.get(id);
            notifier.sendReminder(f.getAccessionId(), f.getYear(), number, () -> followUps.issueLink(id));
            REMINDER_COUNT.set(execution, number);
        };
    }

    @Bean
    public JavaDelegate recordFollowUpReviewDelegate(AnnualFollowUpService followUps) {
        return execution -> followUps.review(
                FOLLOW_UP_ID.require(execution),
                ACCEPT_CONTACT_CHANGE.isTrue(execution),
                REVIEW_NOTE.get(execution),
                Actor.current(execution));
    }

    @Bean
    public JavaDelegate closeUnansweredFollowUpDelegate(AnnualFollowUpService followUps) {
        return execution ->
                followUps.closeUnanswered(FOLLOW_UP_ID.require(execution), MISSING_ANSWER_NOTE.get(execution));
    }

    /**
     * The year a round covers: the start form's (Tasklist sends a number; refused with a Swedish message unless
     * between the strategy's first year and next year), else the current year (the yearly timer).
     */
    static int followUpYear(Object chosen, int currentYear) {
        if (chosen == null) {
            return currentYear;
        }
        long year;
        try {
            if (chosen instanceof Number n && n.doubleValue() != Math.rint(n.doubleValue())) {
                year = -1; // 2025.5 is no year (longValue() would have made it 2025)
            } else {
                year = chosen instanceof Number n
                        ? n.longValue()
                        : Long.parseLong(chosen.toString().strip());
            }
        } catch (NumberFormatException e) {
            year = -1;
        }
        if (year < AnnualFollowUpProcess.FIRST_YEAR || year > currentYear + 1) {
            throw new FormFieldValidationException(
                    Variables.FOLLOW_UP_YEAR,
                    text("process.follow-up.year-range", AnnualFollowUpProcess.FIRST_YEAR, currentYear + 1));
        }
        return (int) year;
    }
}
