package se.lansstyrelsen.jvg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Camunda 7 application for accessions to "Jämställt Västra Götaland 2024–2027". */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AccessionApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccessionApplication.class, args);
    }
}
