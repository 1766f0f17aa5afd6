package se.lansstyrelsen.jvg.benchminimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The benchmark's minimal Camunda application: the starters of the real one, a one-task process, nothing else.
 * Spring Security lets every request through (the webapps and engine REST use Camunda's own authentication, as
 * a bare Camunda application does), so that /actuator/health answers as it does in the measured application.
 */
@SpringBootApplication
public class MinimalCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinimalCamundaApplication.class, args);
    }

    @Bean
    SecurityFilterChain permitAll(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .build();
    }
}
