package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import se.lansstyrelsen.jvg.accession.AccessionRegistered;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.organisation.SwedishOrder;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The table register_entry follows the cases through the real process: an entry appears with the formal
 * registration (not before), a later registration of the same organisation takes its place, a new name or type
 * re-sorts it, and a withdrawn case (only open cases can be withdrawn) changes nothing. Organisation numbers
 * 67_001–67_099.
 */
class RegisterEntriesIntegrationTest extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessionProcessGateway gateway;

    @Autowired
    GoalCatalogue catalogue;

    @Autowired
    JoinedRegister register;

    @Autowired
    RegisterEntries entries;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldEnterTheOrganisationWithItsFormalRegistrationAndNotBefore() {
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(67_001);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        driver.completeTask(pid, Elements.REVIEW, TestAccessions.approval());
        String caseNumber = driver.caseNumber(pid);
        assertThat(entriesOf(67_001)).as("approved, not yet registered").isEmpty();

        driver.completeTask(pid, Elements.REGISTER, TestAccessions.registration());

        List<Map<String, Object>> rows = entriesOf(67_001);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        Map<String, Object> accession = jdbc.queryForMap(
                "select id, period_code, registered_at from accession where case_number = ?", caseNumber);
        assertThat(row.get("accession_id")).isEqualTo(accession.get("id"));
        assertThat(row.get("period_code"))
                .isEqualTo(catalogue.current().periodCode())
                .isEqualTo(accession.get("period_code"));
        assertThat(row.get("organisation_type")).isEqualTo("KOMMUN");
        assertThat(row.get("type_rank")).isEqualTo(0);
        assertThat((byte[]) row.get("name_sort_key"))
                .isEqualTo(SwedishOrder.key(TestAccessions.organisationName(67_001)));
        Instant registeredAt = jdbc.queryForObject(
                        "select registered_at from accession where case_number = ?",
                        java.sql.Timestamp.class,
                        caseNumber)
                .toInstant();
        assertThat(((java.sql.Date) row.get("joined_on")).toLocalDate())
                .isEqualTo(LocalDate.ofInstant(registeredAt, ClockConfig.SWEDEN));
        assertThat(publicNames()).contains(TestAccessions.organisationName(67_001));
    }

    @Test
    void shouldReplaceTheEntryWithALaterRegistrationAndFollowANewName() {
        AccessionDriver driver = new AccessionDriver(engine);
        String first = driver.caseNumber(driver.driveToRegistered(67_002));
        Map<String, Object> again = TestAccessions.startVariables(67_002);
        again.put("organisationName", "Ändrad testkommun 67002");
        again.put("organisationType", "REGION");
        again.remove("municipalityCode");
        String pid = driver.submit(again);
        List<Map<String, Object>> whileOpen = entriesOf(67_002);
        assertThat(whileOpen)
                .as("still the first registration while the new case is open")
                .hasSize(1);
        assertThat(whileOpen.get(0).get("accession_id")).isEqualTo(idOf(first));
        assertThat((byte[]) whileOpen.get(0).get("name_sort_key"))
                .as("but sorted by the name the organisation gave now")
                .isEqualTo(SwedishOrder.key("Ändrad testkommun 67002"));
        assertThat(whileOpen.get(0).get("organisation_type")).isEqualTo("REGION");
        assertThat(whileOpen.get(0).get("type_rank"))
                .isEqualTo(RegisterEntries.typeRank(OrganisationType.REGION))
                .isEqualTo(2);

        driver.runJob(pid, Elements.SEND_RECEIPT);
        driver.completeTask(pid, Elements.REVIEW, TestAccessions.approval());
        driver.completeTask(pid, Elements.REGISTER, TestAccessions.registration());

        List<Map<String, Object>> rows = entriesOf(67_002);
        assertThat(rows).as("one entry per organisation").hasSize(1);
        assertThat(rows.get(0).get("accession_id")).isEqualTo(idOf(driver.caseNumber(pid)));
        assertThat(publicNames())
                .contains("Ändrad testkommun 67002")
                .doesNotContain(TestAccessions.organisationName(67_002));
        assertThat(register.entries(new RegisterCriteria(
                        new RegisterQuery.RegisterFilter(OrganisationType.REGION, null, null),
                        RegisterCriteria.Order.NAMN,
                        false)))
                .extracting(JoinedRegister.Entry::caseNumber)
                .contains(driver.caseNumber(pid))
                .doesNotContain(first);
    }

    @Test
    void shouldKeepTheRegistrationWhenALaterCaseIsWithdrawnAndListNoWithdrawnOrganisation() {
        AccessionDriver driver = new AccessionDriver(engine);
        String registered = driver.caseNumber(driver.driveToRegistered(67_003));
        String later = driver.caseNumber(driver.submit(67_003));
        assertThat(gateway.withdraw(later, "Fel inskickat")).isEqualTo(AccessionProcessGateway.Withdrawal.WITHDRAWN);
        String never = driver.caseNumber(driver.submit(67_004));
        assertThat(gateway.withdraw(never, "Vi väntar")).isEqualTo(AccessionProcessGateway.Withdrawal.WITHDRAWN);

        assertThat(entriesOf(67_003)).extracting(r -> r.get("accession_id")).containsExactly(idOf(registered));
        assertThat(entriesOf(67_004)).isEmpty();
        assertThat(publicNames())
                .contains(TestAccessions.organisationName(67_003))
                .doesNotContain(TestAccessions.organisationName(67_004));
    }

    @Test
    void shouldKeepALaterRegistrationWhenAnEarlierOneArrivesAndOnlyWriteInsideATransaction() {
        AccessionDriver driver = new AccessionDriver(engine);
        String first = driver.caseNumber(driver.driveToRegistered(67_005));
        String second = driver.caseNumber(driver.driveToRegistered(67_006));
        Map<String, Object> entry = entriesOf(67_005).get(0);
        long organisation = ((Number) entry.get("organisation_id")).longValue();
        Instant earlier = ((java.sql.Timestamp) jdbc.queryForObject(
                        "select registered_at from register_entry where accession_id = ?",
                        java.sql.Timestamp.class,
                        idOf(first)))
                .toInstant()
                .minusSeconds(60);
        // The case of another organisation stands in for an earlier registration (same period).
        AccessionRegistered stale = new AccessionRegistered(
                idOf(second),
                (String) entry.get("period_code"),
                organisation,
                TestAccessions.organisationNumber(67_005),
                TestAccessions.organisationName(67_005),
                OrganisationType.KOMMUN,
                earlier);

        assertThatThrownBy(() -> entries.registered(stale)).isInstanceOf(IllegalTransactionStateException.class);
        transactions.executeWithoutResult(tx -> entries.registered(stale));

        assertThat(entriesOf(67_005)).extracting(r -> r.get("accession_id")).containsExactly(idOf(first));
    }

    private List<Map<String, Object>> entriesOf(int n) {
        return jdbc.queryForList(
                "select r.* from register_entry r join organisation o on o.id = r.organisation_id"
                        + " where o.organisation_number = ?",
                TestAccessions.organisationNumber(n));
    }

    private Long idOf(String caseNumber) {
        return jdbc.queryForObject("select id from accession where case_number = ?", Long.class, caseNumber);
    }

    private List<String> publicNames() {
        return register.entries(RegisterCriteria.DEFAULT).stream()
                .map(JoinedRegister.Entry::organisationName)
                .toList();
    }
}
