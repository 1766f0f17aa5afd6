package se.lansstyrelsen.jvg.invitation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * Seeds the county's 49 municipalities as eligible organisations at every start (idempotent: a municipality
 * already in the list, found by its code or name, is left as a caseworker may have completed it). Organisation
 * numbers come only from {@code strategy/municipality-organisation-numbers.json}, each with its source.
 */
@Component
class EligibleOrganisationSeed {

    static final String NUMBERS = "classpath:strategy/municipality-organisation-numbers.json";
    /** Listeners that complete the seeded list (DemoContactAddresses) run after this one. */
    static final int ORDER = 0;

    static final String SOURCE = "Länets kommuner (strategy/municipalities.json, SCB:s kommunkoder)";

    private final EligibleOrganisationRepository eligible;
    private final MunicipalityDirectory municipalities;
    private final Map<String, Sourced> numbers = new HashMap<>();
    private final Clock clock;

    EligibleOrganisationSeed(
            EligibleOrganisationRepository eligible,
            MunicipalityDirectory municipalities,
            ResourceLoader resources,
            ObjectMapper json,
            Clock clock) {
        this.eligible = eligible;
        this.municipalities = municipalities;
        this.clock = clock;
        try (InputStream in = resources.getResource(NUMBERS).getInputStream()) {
            for (JsonNode n : json.readTree(in).required("numbers")) {
                numbers.put(
                        n.required("code").asText(),
                        new Sourced(
                                n.required("organisationNumber").asText(),
                                n.required("source").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + NUMBERS, e);
        }
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(ORDER)
    @Transactional
    public void seed() {
        for (MunicipalityDirectory.Municipality m : municipalities.all()) {
            if (eligible.findFirstByMunicipalityCode(m.code()).isPresent()
                    || eligible.findByNameIgnoreCase(m.officialName()).isPresent()) {
                continue;
            }
            Sourced number = numbers.get(m.code());
            String numberValue = number == null
                            || eligible.findByOrganisationNumber(number.number())
                                    .isPresent()
                    ? null
                    : number.number();
            eligible.save(new EligibleOrganisation(
                    m.officialName(),
                    numberValue,
                    OrganisationType.KOMMUN,
                    m.code(),
                    null,
                    numberValue == null ? SOURCE : SOURCE + "; organisationsnummer: " + number.source(),
                    clock.instant()));
        }
    }

    private record Sourced(String number, String source) {}
}
