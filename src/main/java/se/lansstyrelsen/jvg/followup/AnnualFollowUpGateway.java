package se.lansstyrelsen.jvg.followup;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Engine calls for the yearly follow-up from outside the engine (the public answer). */
@Component
public class AnnualFollowUpGateway {

    private final RuntimeService runtime;

    public AnnualFollowUpGateway(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the organisation's follow-up process for the year (its first step e-mails the form's link). */
    public String start(AnnualFollowUpService.Created followUp, int year) {
        return runtime.startProcessInstanceByKey(
                        AnnualFollowUpProcess.KEY,
                        followUp.businessKey(),
                        Variables.putValue(AnnualFollowUpProcess.Variables.FOLLOW_UP_ID, followUp.followUpId())
                                .putValue(AnnualFollowUpProcess.Variables.FOLLOW_UP_YEAR, year)
                                .putValue(AnnualFollowUpProcess.Variables.REMINDER_COUNT, 0))
                .getId();
    }

    /** The organisation answered: the waiting follow-up (or its missing-answer task) moves on to review. */
    public void answered(String businessKey, String summary, boolean newContactReported) {
        runtime.createMessageCorrelation(AnnualFollowUpProcess.Messages.ANSWERED)
                .processInstanceBusinessKey(businessKey)
                .setVariable(AnnualFollowUpProcess.Variables.SUMMARY, summary)
                .setVariable(AnnualFollowUpProcess.Variables.NEW_CONTACT_REPORTED, newContactReported)
                .correlate();
    }
}
