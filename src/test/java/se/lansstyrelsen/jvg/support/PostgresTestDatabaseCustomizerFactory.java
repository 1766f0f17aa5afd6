package se.lansstyrelsen.jvg.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context that runs on PostgreSQL its own throwaway database, dropped when the
 * context closes. A context runs on PostgreSQL when its active profiles include "postgres", or for every
 * context when the system property {@value #SWITCH} is "postgres" (the Maven execution
 * "postgres-integration" reruns the *IntegrationTest classes that way). Registered in
 * META-INF/spring.factories of the test classpath.
 */
public class PostgresTestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    public static final String SWITCH = "jvg.test.database";

    /** True when this JVM runs the whole integration suite on PostgreSQL. */
    public static boolean suiteOnPostgres() {
        return "postgres".equals(System.getProperty(SWITCH));
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer();
    }

    /** Stateless (so equal for every context and harmless for the context cache); decides per context. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            boolean postgres = suiteOnPostgres()
                    || Arrays.asList(config.getActiveProfiles()).contains("postgres");
            if (!postgres) {
                return;
            }
            PostgresTestDatabase database = PostgresTestDatabase.create();
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.datasource.url", database.jdbcUrl());
            properties.put("spring.datasource.username", database.username());
            properties.put("spring.datasource.password", database.password());
            properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
            // Several test contexts (and other builds) share one server: small pools.
            properties.put("spring.datasource.hikari.maximum-pool-size", "6");
            properties.put("spring.datasource.hikari.minimum-idle", "1");
            properties.put("jvg.test.database-name", database.name());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("postgresTestDatabase", properties));
            // Registered before any bean exists, so destroyed after all of them (pools and engine closed first);
            // the shutdown hook closes a cached context at the latest when the test JVM exits.
            context.registerShutdownHook();
            if (context.getBeanFactory() instanceof DefaultListableBeanFactory factory) {
                factory.registerDisposableBean("postgresTestDatabaseDrop", database::drop);
            } else {
                context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> database.drop());
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
