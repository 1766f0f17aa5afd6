package se.lansstyrelsen.jvg.config;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lansstyrelsen.jvg.process.AccessionProcess;

/**
 * Endpoints that are neither public nor part of the Camunda webapps: Prometheus metrics for managers and
 * administrators, our internal endpoints (/internal/*) for administrators only. Both use HTTP Basic with
 * a Camunda user. Actuator's health and info stay public.
 */
@Configuration
class InternalEndpointSecurity {

  @Bean
  FilterRegistrationBean<CamundaGroupAccessFilter> metricsAccess(IdentityService identity) {
    FilterRegistrationBean<CamundaGroupAccessFilter> registration = new FilterRegistrationBean<>(
        new CamundaGroupAccessFilter(identity, Set.of(AccessionProcess.MANAGER_GROUP, Groups.CAMUNDA_ADMIN), "metrics"));
    registration.setName("metrics-access");
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<CamundaGroupAccessFilter> internalAccess(IdentityService identity) {
    FilterRegistrationBean<CamundaGroupAccessFilter> registration = new FilterRegistrationBean<>(
        new CamundaGroupAccessFilter(identity, Set.of(Groups.CAMUNDA_ADMIN), "internal"));
    registration.setName("internal-access");
    registration.addUrlPatterns("/internal/*");
    return registration;
  }
}
