package se.lansstyrelsen.jvg.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Camunda users for tests that log in over HTTP or in a browser: created once, member of one group. */
public final class TestUsers {

    private TestUsers() {}

    /** Creates the user with this password in the group, unless it exists already. */
    public static void ensure(IdentityService identity, String id, String group, String password) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName(id);
        user.setEmail(id + "@lansstyrelsen.example");
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }
}
