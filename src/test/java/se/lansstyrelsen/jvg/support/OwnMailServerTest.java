package se.lansstyrelsen.jvg.support;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for test classes with a Spring context of their own: a GreenMail SMTP server on a free port
 * ({@link GreenMailServer}), started when the context reads spring.mail.port and stopped after the class.
 */
public abstract class OwnMailServerTest {

    private static GreenMail mail;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        GreenMailServer.register(registry, () -> mail().getSmtp().getPort());
    }

    protected static synchronized GreenMail mail() {
        if (mail == null) {
            mail = GreenMailServer.start();
        }
        return mail;
    }

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }
}
