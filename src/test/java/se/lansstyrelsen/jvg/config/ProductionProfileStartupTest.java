package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.lansstyrelsen.jvg.AccessionApplication;

/** The production profile refuses to start without a real administrator password or with demo parts. */
class ProductionProfileStartupTest {

    /** Starts the application with these arguments (command-line arguments win over every YAML file). */
    private static Starter prod(String... arguments) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.mail.port=1",
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--camunda.bpm.generate-unique-process-engine-name=true"));
        for (String a : arguments) {
            // A repeated command-line argument would become a list: the later one replaces the default.
            args.removeIf(existing -> existing.startsWith("--" + a.substring(0, a.indexOf('=') + 1)));
            args.add("--" + a);
        }
        return () -> new SpringApplicationBuilder(AccessionApplication.class)
                .run(args.toArray(String[]::new))
                .close();
    }

    private interface Starter extends ThrowingCallable {}

    @Test
    void shouldRefuseToStartWithoutAnAdminPassword() {
        assertThatThrownBy(prod("spring.profiles.active=prod", "camunda.bpm.admin-user.password="))
                .hasStackTraceContaining("Set CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    @Test
    void shouldRefuseToStartWithTheAdminIdAsPassword() {
        assertThatThrownBy(prod("spring.profiles.active=prod", "camunda.bpm.admin-user.password=admin"))
                .hasStackTraceContaining("Set CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    @Test
    void shouldRefuseToStartTogetherWithTheDemoOrDevmailProfile() {
        assertThatThrownBy(prod("spring.profiles.active=prod,demo", "camunda.bpm.admin-user.password=Ab3#kT9-mQz!"))
                .hasStackTraceContaining("cannot be combined with demo or devmail");
        assertThatThrownBy(prod("spring.profiles.active=prod,devmail", "camunda.bpm.admin-user.password=Ab3#kT9-mQz!"))
                .hasStackTraceContaining("cannot be combined with demo or devmail");
    }

    @Test
    void shouldRefuseAnAdminPasswordThatBreaksThePasswordPolicy() {
        String engineName = "startup" + UUID.randomUUID().toString().replace("-", "");
        try {
            assertThatThrownBy(prod(
                            "spring.profiles.active=prod",
                            "camunda.bpm.admin-user.password=Password123",
                            "camunda.bpm.generate-unique-process-engine-name=false",
                            "camunda.bpm.process-engine-name=" + engineName))
                    .hasStackTraceContaining("Password does not match policy");
        } finally {
            // The engine was built before the admin user failed; the failed start leaves it registered.
            ProcessEngine leftover = ProcessEngines.getProcessEngines().get(engineName);
            if (leftover != null) {
                ProcessEngines.unregister(leftover); // its context, transaction manager included, is already gone
            }
        }
    }
}
