package se.lansstyrelsen.jvg.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.accession.AccessToken.Purpose;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.accession.FollowUpNote;
import se.lansstyrelsen.jvg.accession.StatusLink;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.session.UpcomingSessions;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * What the e-mails about an accession say: the template variables of the case, and the secure links of the
 * receipt and the completion request (each issued only when the model is built, i.e. when the e-mail is sent).
 */
@Component
class AccessionMailContent {

    private final AccessionService accessions;
    private final AccessTokenService tokens;
    private final GoalCatalogue catalogue;
    private final MunicipalityDirectory municipalities;
    private final UpcomingSessions sessions;
    private final AccessionSettings settings;

    AccessionMailContent(
            AccessionService accessions,
            AccessTokenService tokens,
            GoalCatalogue catalogue,
            MunicipalityDirectory municipalities,
            UpcomingSessions sessions,
            AccessionSettings settings) {
        this.accessions = accessions;
        this.tokens = tokens;
        this.catalogue = catalogue;
        this.municipalities = municipalities;
        this.sessions = sessions;
        this.settings = settings;
    }

    /** The receipt carries a secure link to the case's status page. */
    Context receipt(Accession a) {
        Context c = model(a);
        AccessTokenService.IssuedToken token = tokens.issue(a.getId(), Purpose.STATUS);
        MailModel.link(c, "statusUrl", settings.getPublicBaseUrl() + StatusLink.path(token.token()), token);
        return c;
    }

    /** A completion request or reminder: what is missing and a secure link to the completion form. */
    Context completion(Accession a, FollowUpNote note) {
        Context c = model(a);
        AccessTokenService.IssuedToken token = tokens.issue(a.getId(), Purpose.COMPLETION);
        c.setVariable("missingInformation", note.getMissingInformation());
        MailModel.link(
                c, "completionUrl", settings.getPublicBaseUrl() + "/anslutning/komplettera/" + token.token(), token);
        return c;
    }

    /** To a caseworker: the case, with the latest missing information and the reason of a withdrawal. */
    Context toCaseworker(Accession a, CaseworkerRecipient r) {
        Context c = model(a);
        c.setVariable("caseworkerName", r.name());
        c.setVariable("missingInformation", lastMissingInformation(a));
        c.setVariable(
                "withdrawalReason",
                a.getHistory().stream()
                        .filter(h -> h.getStatus() == AccessionStatus.WITHDRAWN && h.getNote() != null)
                        .map(h -> h.getNote())
                        .findFirst()
                        .orElse(null));
        return c;
    }

    private String lastMissingInformation(Accession a) {
        List<FollowUpNote> notes = accessions.followUps(a.getId());
        return notes.isEmpty() ? null : notes.get(notes.size() - 1).getMissingInformation();
    }

    /** The case as every accession e-mail shows it. */
    Context model(Accession a) {
        GoalCatalogue.Snapshot cat = catalogue.current();
        Context c = MailModel.forCase(a.getCaseNumber(), cat);
        c.setVariable("organisationName", a.getOrganisation().getName());
        c.setVariable("organisationNumber", a.getOrganisation().getOrganisationNumber());
        c.setVariable(
                "organisationType", a.getOrganisation().getOrganisationType().label());
        c.setVariable(
                "municipality",
                municipalities
                        .officialNameOf(a.getOrganisation().getMunicipalityCode())
                        .orElse(null));
        c.setVariable("contactName", a.getContact().name());
        c.setVariable("contactTitle", a.getContact().title());
        c.setVariable("contactEmail", a.getContact().email());
        c.setVariable("contactPhone", a.getContact().phone());
        c.setVariable("decisionBody", a.getDecision().body());
        c.setVariable("decisionDate", MailModel.DATE.format(a.getDecision().date()));
        c.setVariable("decisionReference", a.getDecision().reference());
        c.setVariable("plannedWork", a.getCommitment().plannedWork());
        c.setVariable("infoSessionInterest", a.getCommitment().infoSessionInterest());
        c.setVariable("goals", MailModel.goalLines(a.getCommitment().goals(), cat));
        c.setVariable("possibleDuplicate", a.isPossibleDuplicate());
        c.setVariable("rejectionReason", a.getReview().rejectionReason());
        c.setVariable("registrationReference", a.getRegistration().reference());
        c.setVariable("methodSupportUrl", settings.getMethodSupportUrl());
        c.setVariable("informationSessions", sessions.list());
        c.setVariable("tasklistUrl", settings.getPublicBaseUrl() + "/camunda/app/tasklist/");
        return c;
    }
}
