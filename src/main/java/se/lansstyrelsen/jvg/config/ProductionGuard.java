package se.lansstyrelsen.jvg.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production profile never runs with demo users or the in-process mail catcher (whose /epost viewer
 * would show every e-mail to anyone): "prod" together with "demo" or "devmail" refuses to start.
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.acceptsProfiles(Profiles.of("prod")) && env.acceptsProfiles(Profiles.of("demo | devmail"))) {
            throw new IllegalStateException(
                    "The prod profile cannot be combined with demo or devmail; active profiles: "
                            + String.join(",", env.getActiveProfiles()));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
