package se.lansstyrelsen.jvg.config;

import java.time.Clock;
import java.time.Period;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Settings under {@code accession.*}. The bean is named {@code accessionSettings} because the BPMN
 * reads durations from it ({@code ${accessionSettings.reviewDueIso}}); the deadlines and due dates are in
 * {@link ProcessDeadlines}.
 */
@Component("accessionSettings")
@ConfigurationProperties(prefix = "accession")
public class AccessionSettings extends ProcessDeadlines {

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

    /** Without Spring (process tests): the engine's clock, as the application's {@link Clock} bean. */
    public AccessionSettings() {
        this(ClockConfig.engineClock());
    }

    /** The application's clock; {@code @Autowired} also keeps property binding on the setters. */
    @Autowired
    public AccessionSettings(Clock clock) {
        super(clock);
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
