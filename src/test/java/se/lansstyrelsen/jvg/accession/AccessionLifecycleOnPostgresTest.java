package se.lansstyrelsen.jvg.accession;

import org.springframework.test.context.ActiveProfiles;

/**
 * The same accession on PostgreSQL with the real "postgres" profile (application-postgres.yaml, Flyway's
 * migrations and Camunda's schema creation on an empty throwaway database), in every test run.
 */
@ActiveProfiles({"test", "postgres"})
class AccessionLifecycleOnPostgresTest extends AccessionLifecycleIntegrationTest {

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }
}
