package se.lansstyrelsen.jvg.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's scheduler for our nightly tasks (ContactDataRetention); Camunda's jobs use the job executor. */
@Configuration
@EnableScheduling
class SchedulingConfig {}
