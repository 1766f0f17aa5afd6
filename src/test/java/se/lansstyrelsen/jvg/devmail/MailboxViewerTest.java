package se.lansstyrelsen.jvg.devmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.lansstyrelsen.jvg.support.GreenMailServer;

/**
 * Profile devmail: the in-process SMTP server catches the mail and /epost shows it, newest first, to a
 * caseworker or administrator only (it shows every secure link).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "devmail"})
class MailboxViewerTest {

    @DynamicPropertySource
    static void freeSmtpPort(DynamicPropertyRegistry registry) {
        int port = GreenMailServer.freePort(); // the devmail profile's own server listens here
        registry.add("spring.mail.port", () -> port);
    }

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    MockMvc mvc;

    @Test
    void shouldListCaughtMailNewestFirstAndShowTheBodyInASandbox() throws Exception {
        send("b@kommun.example", "Äldre mejl", "<p>första</p>", new Date(System.currentTimeMillis() - 60_000));
        send("a@kommun.example", "Nyare mejl <script>", "<p>andra</p><script>alert(1)</script>", new Date());

        String list = mvc.perform(get("/epost").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Nyare mejl &lt;script&gt;").doesNotContain("Nyare mejl <script>");
        assertThat(list.indexOf("Nyare mejl")).isLessThan(list.indexOf("Äldre mejl"));

        Matcher link = Pattern.compile("href=\"/epost/([0-9a-f]{16})\"").matcher(list);
        assertThat(link.find()).isTrue();
        String newest = link.group(1);
        String page = mvc.perform(get("/epost/" + newest).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("a@kommun.example").contains("/epost/" + newest + "/innehall");

        String body = mvc.perform(get("/epost/" + newest + "/innehall").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("<p>andra</p>");
        mvc.perform(get("/epost/0000000000000000/innehall").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void shouldShowTheMailOnlyAfterACaseworkerOrAdministratorLogin() throws Exception {
        send("c@kommun.example", "Hemlig länk", "<p>/anslutning/arende/abc</p>", new Date());
        mvc.perform(get("/epost")).andExpect(status().isUnauthorized());
        mvc.perform(get("/epost").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/intern/logga-in?fortsatt=%2Fepost"));
        mvc.perform(get("/epost").with(basic("ingen-anvandare", "fel-Passw0rd!")))
                .andExpect(status().isUnauthorized());
        String list = mvc.perform(get("/epost").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Hemlig länk");
    }

    private static final RequestPostProcessor ADMIN = basic("admin", "test-Admin-Passw0rd!");

    private static RequestPostProcessor basic(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request -> {
            request.addHeader("Authorization", "Basic " + token);
            return request;
        };
    }

    private void send(String to, String subject, String html, Date sent) throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("avsandare@lansstyrelsen.example");
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(html, true);
        helper.setSentDate(sent);
        mailSender.send(message);
    }
}
