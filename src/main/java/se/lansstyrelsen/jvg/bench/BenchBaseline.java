package se.lansstyrelsen.jvg.bench;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile "bench" only: the benchmark's baseline process ({@code benchBaseline}: start, a service task
 * that does nothing, a user task), deployed next to ours so that the harness (bench/Benchmark.java)
 * compares a submission with a bare engine start in the same application, database and JVM.
 */
@Configuration
@Profile("bench")
class BenchBaseline {

    static final String RESOURCE = "bench/bench-baseline.bpmn";

    @Bean
    JavaDelegate benchNoopDelegate() {
        return execution -> {};
    }

    @Bean
    ApplicationRunner deployBenchBaseline(RepositoryService repository) {
        return args -> repository
                .createDeployment()
                .name("bench-baseline")
                .addClasspathResource(RESOURCE)
                .enableDuplicateFiltering(true)
                .deploy();
    }
}
