package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: two caseworkers and one manager. Their password comes from DEMO_PASSWORD or is
 * generated at start and written to the log, as is a generated administrator password.
 */
@Component
@Profile("demo")
class DemoUsers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final AccessionSettings settings;
    private final Environment env;

    DemoUsers(IdentityService identity, AccessionSettings settings, Environment env) {
        this.identity = identity;
        this.settings = settings;
        this.env = env;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    public void createUsers() {
        String password = settings.getDemo().getPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[9];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        user("handlaggare1", "Anna", "Lindqvist", StaffGroups.CASEWORKERS, password);
        user("handlaggare2", "Erik", "Bergström", StaffGroups.CASEWORKERS, password);
        user("chef1", "Maria", "Holm", StaffGroups.MANAGERS, password);

        StringBuilder banner = new StringBuilder("\n\n=== " + text("config.demo-users.heading") + " ===\n");
        banner.append("  ")
                .append(text(
                        "config.demo-users.staff",
                        generated
                                ? text("config.demo-users.generated", password, "DEMO_PASSWORD")
                                : text("config.demo-users.from-environment", "DEMO_PASSWORD")))
                .append('\n');
        String adminId = env.getProperty(AdminPasswordGuard.ADMIN_ID);
        if (env.getProperty(AdminPasswordGuard.GENERATED_FLAG, Boolean.class, false)) {
            // The H2 file keeps the administrator from an earlier start: give it this start's password.
            User admin = identity.createUserQuery().userId(adminId).singleResult();
            if (admin != null) {
                admin.setPassword(env.getProperty(AdminPasswordGuard.ADMIN_PASSWORD));
                identity.saveUser(admin);
            }
            banner.append("  ")
                    .append(text(
                            "config.demo-users.admin",
                            adminId,
                            text(
                                    "config.demo-users.generated",
                                    env.getProperty(AdminPasswordGuard.ADMIN_PASSWORD),
                                    "CAMUNDA_BPM_ADMINUSER_PASSWORD")))
                    .append('\n');
        }
        LOG.warn(banner.append("======================================\n").toString());
    }

    /** Creates the user, or resets the password of an existing one so the logged password works. */
    private void user(String id, String first, String last, String groupId, String password) {
        User user = identity.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identity.newUser(id);
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(id + "@lansstyrelsen.example");
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership(id, groupId);
        } else {
            user.setPassword(password);
            identity.saveUser(user);
        }
    }
}
