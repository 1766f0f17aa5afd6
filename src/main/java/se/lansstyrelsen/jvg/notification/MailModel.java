package se.lansstyrelsen.jvg.notification;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.accession.AccessTokenService.IssuedToken;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/** What every mail template gets the same way: the Swedish context, the case and period, dates and secure links. */
final class MailModel {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    private MailModel() {}

    /** A Swedish template context with the case (or sign-up) reference and the strategy period. */
    static Context forCase(String caseNumber, GoalCatalogue.Snapshot catalogue) {
        Context c = new Context(SWEDISH);
        c.setVariable("caseNumber", caseNumber);
        c.setVariable("periodName", catalogue.periodName());
        c.setVariable("diaryNumber", catalogue.diaryNumber());
        return c;
    }

    /** A secure link (its {@code url} carries the token) as {@code variable}, and as {@code linkValidUntil} the day it stops working. */
    static void link(Context c, String variable, String url, IssuedToken token) {
        c.setVariable(variable, url);
        c.setVariable("linkValidUntil", DATE.format(token.expiresAt().atZone(ClockConfig.SWEDEN)));
    }

    /** Each chosen goal as "area: goal text" (or the organisation's own text for "another goal"). */
    static List<AccessionNotifier.GoalLine> goalLines(List<ChosenGoal> goals, GoalCatalogue.Snapshot cat) {
        return goals.stream()
                .map(g -> new AccessionNotifier.GoalLine(
                        cat.area(g.areaCode()).map(GoalCatalogue.AreaView::name).orElse(g.areaCode()),
                        g.otherText() != null
                                ? text("notification.goal.other", g.otherText())
                                : cat.goal(g.goalCode())
                                        .map(GoalCatalogue.GoalView::text)
                                        .orElse(g.goalCode())))
                .toList();
    }
}
