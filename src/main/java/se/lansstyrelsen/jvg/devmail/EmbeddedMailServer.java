package se.lansstyrelsen.jvg.devmail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile "devmail" (on in the embedded default): an in-process SMTP server on
 * {@code spring.mail.port} that keeps every e-mail in memory, readable at /epost.
 */
@Configuration
@Profile("devmail")
class EmbeddedMailServer {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail(
            @Value("${spring.mail.host:localhost}") String host, @Value("${spring.mail.port:3025}") int port) {
        return new GreenMail(new ServerSetup(
                port,
                "127.0.0.1".equals(host) || "localhost".equals(host) ? "127.0.0.1" : host,
                ServerSetup.PROTOCOL_SMTP));
    }
}
