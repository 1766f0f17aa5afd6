package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.organisation.OrganisationRepository;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/** The formal registration checks the reference against accession.registration.reference-pattern. */
class RegistrationReferenceTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private final AccessionRepository repository = mock(AccessionRepository.class);
    private final Accession accession = mock(Accession.class);
    private final AccessionSettings settings = new AccessionSettings(Clock.fixed(NOW, ZoneOffset.UTC));
    private CaseworkerDecisions service;

    @BeforeEach
    void service() {
        when(repository.findById(7L)).thenReturn(Optional.of(accession));
        when(accession.getId()).thenReturn(7L);
        se.lansstyrelsen.jvg.organisation.Organisation organisation =
                mock(se.lansstyrelsen.jvg.organisation.Organisation.class);
        when(organisation.getId()).thenReturn(3L);
        when(accession.getOrganisation()).thenReturn(organisation);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        org.springframework.context.ApplicationEventPublisher events =
                mock(org.springframework.context.ApplicationEventPublisher.class);
        AccessionService accessions = new AccessionService(
                repository,
                mock(OrganisationRepository.class),
                mock(FollowUpNoteRepository.class),
                mock(CaseNumberAllocator.class),
                mock(SubmissionValidator.class),
                mock(GoalCatalogue.class),
                clock,
                events);
        service = new CaseworkerDecisions(accessions, mock(FollowUpNoteRepository.class), clock, settings, events);
    }

    @Test
    void shouldAcceptTheCaseDiaryNumberWithADocumentNumberByDefault() {
        service.registerOrganisation(7L, " 801-9838-2024:12 ", true, "kim");
        service.registerOrganisation(7L, "801-9838-2024", true, "kim");

        verify(accession).register("801-9838-2024:12", NOW);
        verify(accession).register("801-9838-2024", NOW);
    }

    @Test
    void shouldRefuseAnotherShapeWithTheConfiguredExampleInSwedish() {
        assertThatThrownBy(() -> service.registerOrganisation(7L, "JVG-2026-0042", true, "kim"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Ange diarienumret som handlingen fick i registret, t.ex. 801-9838-2024:12.");
        verify(accession, never()).register(any(), any());
    }

    @Test
    void shouldFollowAConfiguredPatternAndExample() {
        settings.getRegistration().setReferencePattern("^D[0-9]{4,6}$");
        settings.getRegistration().setReferenceExample("D123456");

        assertThatThrownBy(() -> service.registerOrganisation(7L, "801-9838-2024:12", true, "kim"))
                .hasMessageContaining("t.ex. D123456.");
        service.registerOrganisation(7L, "D47110", true, "kim");

        verify(accession).register("D47110", NOW);
        assertThat(settings.getRegistration().getReferencePattern().pattern()).isEqualTo("^D[0-9]{4,6}$");
    }
}
