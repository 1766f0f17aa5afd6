package se.lansstyrelsen.jvg.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.notification.CaseworkerRecipient;

/**
 * Who gets the e-mails that tell a case's caseworker that the organisation acted: its completion arrived
 * ({@code serviceTask_sendCompletionArrivedNotice}) or it withdrew ({@code serviceTask_sendWithdrawalNotice});
 * the delegates are in {@link AccessionMailDelegates}.
 *
 * <p>Who is told: the caseworker who last held the case, i.e. the assignee of the case's newest task (the
 * person the next task goes to when the case travels with its caseworker; for a withdrawal, whoever held
 * the task it cancelled), when that user has an e-mail address. Otherwise the team mailbox
 * {@code accession.caseworker-mailbox}; when that is blank, every member of the caseworker group with an
 * address. With {@code accession.keep-case-with-caseworker: false} no one holds a case: the mailbox is told.
 */
final class CaseworkerNotices {

    private CaseworkerNotices() {}

    static List<CaseworkerRecipient> recipients(DelegateExecution execution, AccessionSettings settings) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        if (settings.isKeepCaseWithCaseworker()) {
            String userId = lastAssignee(engine, execution.getProcessInstanceId());
            User user = userId == null
                    ? null
                    : engine.getIdentityService()
                            .createUserQuery()
                            .userId(userId)
                            .singleResult();
            if (user != null && hasText(user.getEmail())) {
                return List.of(new CaseworkerRecipient(user.getId(), fullName(user), user.getEmail()));
            }
        }
        if (hasText(settings.getCaseworkerMailbox())) {
            return List.of(CaseworkerRecipient.mailbox(settings.getCaseworkerMailbox()));
        }
        List<CaseworkerRecipient> group = new ArrayList<>();
        for (User u : engine.getIdentityService()
                .createUserQuery()
                .memberOfGroup(AccessionProcess.CASEWORKER_GROUP)
                .orderByUserId()
                .asc()
                .list()) {
            if (hasText(u.getEmail())) {
                group.add(new CaseworkerRecipient(u.getId(), fullName(u), u.getEmail()));
            }
        }
        return group;
    }

    /** The assignee of the case's newest task that had one (completed or cancelled), or null. */
    private static String lastAssignee(ProcessEngineServices engine, String processInstanceId) {
        return engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .taskAssigned()
                .orderByHistoricActivityInstanceStartTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .map(HistoricTaskInstance::getAssignee)
                .findFirst()
                .orElse(null);
    }

    private static String fullName(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                        + (u.getLastName() == null ? "" : u.getLastName()))
                .strip();
        return name.isEmpty() ? u.getId() : name;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
