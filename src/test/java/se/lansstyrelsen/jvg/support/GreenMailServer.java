package se.lansstyrelsen.jvg.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.function.IntSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one way tests get an SMTP server: GreenMail in-process on loopback, on a free port (tests run
 * concurrently on one machine: never a fixed port), and the application's mail sender pointed at it.
 */
public final class GreenMailServer {

    public static final String HOST = "127.0.0.1";

    private GreenMailServer() {}

    /** A server on a free port. */
    public static GreenMail start() {
        return start(0);
    }

    /**
     * A server on the given port: for a test that stops the server and starts it again where the application
     * already sends ({@link #freePort()}).
     */
    public static GreenMail start(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** A server for a Spring context shared by many test classes: it lives as long as the JVM. */
    public static GreenMail startForTheJvm() {
        GreenMail mail = start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    /** Points spring.mail at the server on the given port (read when the context starts). */
    public static void register(DynamicPropertyRegistry registry, IntSupplier port) {
        registry.add("spring.mail.host", () -> HOST);
        registry.add("spring.mail.port", port::getAsInt);
    }

    /** A port free now, to start a server on later. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
