package se.lansstyrelsen.jvg.config;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The second, small connection pool for {@link ShortTransactions}: same database, URL and credentials
 * as the main pool ({@code spring.datasource.*}), its own size ({@code accession.short-transactions.*}).
 * The pool is deliberately not a {@code DataSource} bean: Spring Boot would then not create the main
 * pool, and Flyway, JPA and Camunda must keep using the single main data source.
 */
@Configuration
class ShortTransactionPool {

    /** Closed with the context (ShortTransactions is AutoCloseable). */
    @Bean
    ShortTransactions shortTransactions(
            DataSourceProperties properties,
            @Value("${accession.short-transactions.maximum-pool-size}") int maximumPoolSize,
            @Value("${accession.short-transactions.connection-timeout}") Duration connectionTimeout,
            ObjectProvider<MeterRegistry> meters) {
        HikariDataSource pool = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        pool.setPoolName("short-transactions");
        pool.setMaximumPoolSize(maximumPoolSize);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(connectionTimeout.toMillis());
        meters.ifAvailable(registry -> pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
        return new ShortTransactions(pool);
    }
}
