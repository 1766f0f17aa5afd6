package se.lansstyrelsen.jvg.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.session.InformationSession;
import se.lansstyrelsen.jvg.session.SessionDetails;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.PublicClient;

/**
 * The sign-up API over real HTTP: a body over the public JSON limit (64 kB) is a 413 with a Swedish problem+json,
 * whether its length is declared (refused before reading) or it comes chunked (refused while read), and no
 * sign-up is stored. Same context as AnnualFollowUpIntegrationTest (random port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSessionApiOverHttpTest extends IntegrationTestBase {

    @Autowired
    SessionService sessions;

    @LocalServerPort
    int port;

    @Test
    void shouldAnswer413InSwedishForAnOversizeSignUpDeclaredOrChunked() throws Exception {
        Instant start = LocalDate.now(ClockConfig.SWEDEN)
                .plusDays(20)
                .atTime(LocalTime.of(10, 0))
                .atZone(ClockConfig.SWEDEN)
                .toInstant();
        InformationSession s = sessions.create(new SessionDetails(
                "Träff för stora anmälningar",
                start,
                start.plus(Duration.ofHours(1)),
                "https://moten.example/stora",
                10));
        PublicClient client = new PublicClient("http://localhost:" + port);
        String path = "/api/informationstraffar/" + s.getId() + "/anmalningar";
        byte[] oversize =
                ("{\"organisationName\":\"Kommun\",\"contactName\":\"Karin\",\"contactEmail\":\"k@kommun.example\","
                                + "\"participants\":1,\"participantNames\":\"" + "x".repeat(70 * 1024) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);

        client.assertOversizeRefused(path, oversize);
        HttpResponse<String> malformed = client.postChunked(
                path, "application/json", "{\"organisationName\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.statusCode())
                .as("a small unreadable body stays a 400")
                .isEqualTo(400);
        assertThat(PublicClient.json(malformed)).containsEntry("title", "Felaktig begäran");
        assertThat(sessions.signups(s.getId())).as("nothing stored").isEmpty();
    }
}
