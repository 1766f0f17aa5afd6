package se.lansstyrelsen.jvg.config;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Settings under {@code accession.*}. The bean is named {@code accessionSettings} because the BPMN
 * reads durations from it ({@code ${accessionSettings.reviewDueIso}}).
 */
@Component("accessionSettings")
@ConfigurationProperties(prefix = "accession")
public class AccessionSettings {

    private Period reviewDue = Period.ofDays(10);
    private Period followUpDue = Period.ofDays(5);
    private Period registrationDue = Period.ofDays(5);
    private Period notCompletedDecisionDue = Period.ofDays(5);
    private Period completionWait = Period.ofDays(14);
    private int maxReminders = 2;
    private boolean fourEyesRegistration = false;
    private boolean keepCaseWithCaseworker = true;
    private Period tokenValidity = Period.ofDays(60);
    private String mailRetryCycle = "R3/PT5M";
    private String mailFrom = "jamstalldhet.vastragotaland@lansstyrelsen.example";
    private String caseworkerMailbox = "handlaggare.jamstalldhet@lansstyrelsen.example";
    private String publicBaseUrl = "http://localhost:8080";
    private String methodSupportUrl = "https://www.lansstyrelsen.se/vastra-gotaland.html";
    private String goalCatalogue = "classpath:strategy/goal-catalogue.json";
    private String municipalities = "classpath:strategy/municipalities.json";
    private final Demo demo = new Demo();
    private final PublicFormSettings publicForm = new PublicFormSettings();
    private final ContactSettings contact = new ContactSettings();
    private final Registration registration = new Registration();
    private final Clock clock;

    /** Without Spring (process tests): the engine's clock, as the application's {@link Clock} bean. */
    public AccessionSettings() {
        this(ClockConfig.engineClock());
    }

    /** The application's clock; {@code @Autowired} also keeps property binding on the setters. */
    @Autowired
    public AccessionSettings(Clock clock) {
        this.clock = clock;
    }

    /**
     * Due date of "Granska anslutning": {@code review-due} counted in Stockholm's calendar (not the JVM's zone)
     * from the application's clock, which follows the engine's (so tests can move it).
     */
    public Date reviewDueDate() {
        return dueIn(reviewDue);
    }

    /** Due date of "Kontakta kontaktperson": {@code follow-up-due} calendar days, counted as the review's. */
    public Date followUpDueDate() {
        return dueIn(followUpDue);
    }

    /** Due date of "Formell registrering": {@code registration-due} calendar days. */
    public Date registrationDueDate() {
        return dueIn(registrationDue);
    }

    /** Due date of "Avsluta eller vänta vidare": {@code not-completed-decision-due} calendar days. */
    public Date notCompletedDecisionDueDate() {
        return dueIn(notCompletedDecisionDue);
    }

    /** Now plus the period in Stockholm's calendar (calendar days, not working days; same time of day). */
    private Date dueIn(Period period) {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), ClockConfig.SWEDEN);
        return Date.from(now.plus(period).toInstant());
    }

    public String getReviewDueIso() {
        return reviewDue.toString();
    }

    public String getCompletionWaitIso() {
        return completionWait.toString();
    }

    public Period getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(Period reviewDue) {
        this.reviewDue = reviewDue;
    }

    public Period getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(Period followUpDue) {
        this.followUpDue = followUpDue;
    }

    public Period getRegistrationDue() {
        return registrationDue;
    }

    public void setRegistrationDue(Period registrationDue) {
        this.registrationDue = registrationDue;
    }

    public Period getNotCompletedDecisionDue() {
        return notCompletedDecisionDue;
    }

    public void setNotCompletedDecisionDue(Period notCompletedDecisionDue) {
        this.notCompletedDecisionDue = notCompletedDecisionDue;
    }

    public Period getCompletionWait() {
        return completionWait;
    }

    public void setCompletionWait(Period completionWait) {
        this.completionWait = completionWait;
    }

    public boolean isKeepCaseWithCaseworker() {
        return keepCaseWithCaseworker;
    }

    public void setKeepCaseWithCaseworker(boolean keepCaseWithCaseworker) {
        this.keepCaseWithCaseworker = keepCaseWithCaseworker;
    }

    public boolean isFourEyesRegistration() {
        return fourEyesRegistration;
    }

    public void setFourEyesRegistration(boolean fourEyesRegistration) {
        this.fourEyesRegistration = fourEyesRegistration;
    }

    public int getMaxReminders() {
        return maxReminders;
    }

    public void setMaxReminders(int maxReminders) {
        this.maxReminders = maxReminders;
    }

    public Period getTokenValidity() {
        return tokenValidity;
    }

    public void setTokenValidity(Period tokenValidity) {
        this.tokenValidity = tokenValidity;
    }

    public String getMailRetryCycle() {
        return mailRetryCycle;
    }

    public void setMailRetryCycle(String mailRetryCycle) {
        this.mailRetryCycle = mailRetryCycle;
    }

    public String getMailFrom() {
        return mailFrom;
    }

    public void setMailFrom(String mailFrom) {
        this.mailFrom = mailFrom;
    }

    public String getCaseworkerMailbox() {
        return caseworkerMailbox;
    }

    public void setCaseworkerMailbox(String caseworkerMailbox) {
        this.caseworkerMailbox = caseworkerMailbox;
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public String getMethodSupportUrl() {
        return methodSupportUrl;
    }

    public void setMethodSupportUrl(String methodSupportUrl) {
        this.methodSupportUrl = methodSupportUrl;
    }

    public String getGoalCatalogue() {
        return goalCatalogue;
    }

    public void setGoalCatalogue(String goalCatalogue) {
        this.goalCatalogue = goalCatalogue;
    }

    public String getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(String municipalities) {
        this.municipalities = municipalities;
    }

    public Demo getDemo() {
        return demo;
    }

    public PublicFormSettings getPublicForm() {
        return publicForm;
    }

    public ContactSettings getContact() {
        return contact;
    }

    public Registration getRegistration() {
        return registration;
    }

    /**
     * The formal registration under {@code accession.registration.*}: the shape of the reference the registry
     * gives the registered document (checked on the server; the form only requires a value) and an example
     * of it, shown beside the field and in the error message.
     */
    public static class Registration {
        /** Case diary number (three digit groups) with an optional document number after a colon. */
        private java.util.regex.Pattern referencePattern =
                java.util.regex.Pattern.compile("^[0-9]{3}-[0-9]{1,7}-[0-9]{4}(:[0-9]{1,5})?$");

        private String referenceExample = "801-9838-2024:12";

        public java.util.regex.Pattern getReferencePattern() {
            return referencePattern;
        }
        /** A regular expression the whole reference must match (a malformed one stops the start-up). */
        public void setReferencePattern(String referencePattern) {
            this.referencePattern = java.util.regex.Pattern.compile(referencePattern);
        }

        public String getReferenceExample() {
            return referenceExample;
        }

        public void setReferenceExample(String referenceExample) {
            this.referenceExample = referenceExample;
        }
    }

    /** Demo profile settings. */
    public static class Demo {
        private String password = "";
        /** Seed the overview's sample organisations and cases ("Exempel: …") at start-up (profile demo only). */
        private boolean sampleData = false;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public boolean isSampleData() {
            return sampleData;
        }

        public void setSampleData(boolean sampleData) {
            this.sampleData = sampleData;
        }
    }
}
