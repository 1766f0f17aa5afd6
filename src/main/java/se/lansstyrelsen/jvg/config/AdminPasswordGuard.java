package se.lansstyrelsen.jvg.config;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * The administrator's password never comes from code. Camunda's starter would fall back to the user
 * id as password; instead, in the demo profile a random password is generated (and logged by
 * {@link DemoUsers}), and outside it the application refuses to start without a real one.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor, Ordered {

    static final String ADMIN_ID = "camunda.bpm.admin-user.id";
    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";
    static final String GENERATED_FLAG = "accession.demo.admin-password-generated";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Binder binder = Binder.get(env);
        String id = binder.bind(ADMIN_ID, String.class).orElse(null);
        if (id == null || id.isBlank()) {
            return;
        }
        String password = binder.bind(ADMIN_PASSWORD, String.class).orElse("");
        if (!password.isBlank() && !password.equals(id)) {
            return;
        }
        if (!env.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("Set CAMUNDA_BPM_ADMINUSER_PASSWORD: the administrator '" + id
                    + "' has no password or the default one, and only the demo profile may generate one.");
        }
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "generatedAdminPassword", Map.of(ADMIN_PASSWORD, generated, GENERATED_FLAG, "true")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
