package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.lansstyrelsen.jvg.AccessionApplication;

/** The production profile refuses to start without a real administrator password or with demo parts. */
class ProductionProfileStartupTest {

  private static SpringApplicationBuilder prod(String... profilesAndProperties) {
    return new SpringApplicationBuilder(AccessionApplication.class)
        .properties("server.port=0", "spring.mail.port=1", "camunda.bpm.job-execution.enabled=false",
            "spring.datasource.url=jdbc:h2:mem:startup-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.generate-unique-process-engine-name=true", "spring.datasource.generate-unique-name=true")
        .properties(profilesAndProperties);
  }

  @Test
  void shouldRefuseToStartWithoutAnAdminPassword() {
    assertThatThrownBy(() -> prod("spring.profiles.active=prod", "camunda.bpm.admin-user.password=").run().close())
        .hasStackTraceContaining("Set CAMUNDA_BPM_ADMINUSER_PASSWORD");
  }

  @Test
  void shouldRefuseToStartWithTheAdminIdAsPassword() {
    assertThatThrownBy(() -> prod("spring.profiles.active=prod", "camunda.bpm.admin-user.password=admin").run().close())
        .hasStackTraceContaining("Set CAMUNDA_BPM_ADMINUSER_PASSWORD");
  }

  @Test
  void shouldRefuseToStartTogetherWithTheDemoOrDevmailProfile() {
    assertThatThrownBy(() -> prod("spring.profiles.active=prod,demo", "camunda.bpm.admin-user.password=Ab3#kT9-mQz!")
        .run().close()).hasStackTraceContaining("cannot be combined with demo or devmail");
    assertThatThrownBy(() -> prod("spring.profiles.active=prod,devmail", "camunda.bpm.admin-user.password=Ab3#kT9-mQz!")
        .run().close()).hasStackTraceContaining("cannot be combined with demo or devmail");
  }

  @Test
  void shouldRefuseAnAdminPasswordThatBreaksThePasswordPolicy() {
    assertThatThrownBy(() -> prod("spring.profiles.active=prod", "camunda.bpm.admin-user.password=Password123")
        .run().close()).hasStackTraceContaining("Password does not match policy");
  }
}
