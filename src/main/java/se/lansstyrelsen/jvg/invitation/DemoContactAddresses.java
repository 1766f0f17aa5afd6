package se.lansstyrelsen.jvg.invitation;

import java.text.Normalizer;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * Profile demo only, with the demo's sample data switched on (never with prod: ProductionGuard refuses demo with
 * prod): gives every seeded municipality without a contact address a made-up one,
 * {@code registrator@<name>.kommun.example}, so a caseworker can run an invitation round in the embedded default
 * run. The {@code .example} domain is reserved and never receives e-mail, and the demo's e-mail goes to the
 * in-app viewer (/epost) anyway; the organisation's source says the address is made up. An address a caseworker
 * entered or imported is never replaced. Runs after {@link EligibleOrganisationSeed}, at every start (idempotent).
 */
@Component
@Profile("demo")
class DemoContactAddresses {

    private static final Logger LOG = LoggerFactory.getLogger(DemoContactAddresses.class);
    static final String DOMAIN = ".kommun.example";
    static final String MARK = "; e-post: påhittad demoadress (.example tar aldrig emot e-post)";

    private final EligibleOrganisationRepository eligible;
    private final MunicipalityDirectory municipalities;
    private final AccessionSettings settings;

    DemoContactAddresses(
            EligibleOrganisationRepository eligible, MunicipalityDirectory municipalities, AccessionSettings settings) {
        this.eligible = eligible;
        this.municipalities = municipalities;
        this.settings = settings;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(EligibleOrganisationSeed.ORDER + 1)
    @Transactional
    public void seed() {
        if (settings.getDemo().isSampleData()) {
            int filled = fillIn();
            if (filled > 0) {
                LOG.info(
                        "Demo: {} kommuner fick påhittade e-postadresser (registrator@<kommun>{}) för inbjudningar.",
                        filled,
                        DOMAIN);
            }
        }
    }

    /** Fills in the made-up addresses; returns how many municipalities got one. */
    @Transactional
    int fillIn() {
        int filled = 0;
        for (EligibleOrganisation o : eligible.findAllByOrderByNameAsc()) {
            if (o.getContactEmail() != null
                    || o.getOrganisationType() != OrganisationType.KOMMUN
                    || o.getMunicipalityCode() == null) {
                continue;
            }
            String name = municipalities
                    .byCode(o.getMunicipalityCode())
                    .map(MunicipalityDirectory.Municipality::name)
                    .orElse(o.getName());
            o.update(
                    null,
                    o.getOrganisationType(),
                    null,
                    address(name),
                    EligibleOrganisation.fitSource(o.getSource() + MARK));
            filled++;
        }
        return filled;
    }

    /** "Lilla Edet" → registrator@lilla-edet.kommun.example; "Öckerö" → registrator@ockero.kommun.example. */
    static String address(String municipalityName) {
        String ascii = Normalizer.normalize(municipalityName.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String label = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "registrator@" + label + DOMAIN;
    }
}
