package se.lansstyrelsen.jvg.devmail;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.config.Sha256;

/**
 * The demo mail viewer at /epost: every e-mail the application sent since start, newest first.
 * Only in profile "devmail"; a message is addressed by a hash of its Message-ID (stable while more
 * mail arrives) and its body is served as its own sandboxed document.
 */
@Controller
@Profile("devmail")
class MailboxController {

    private static final DateTimeFormatter SENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockConfig.SWEDEN);

    private final GreenMail greenMail;

    MailboxController(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    @GetMapping("/epost")
    String list(Model model) throws MessagingException {
        model.addAttribute("rows", rows().stream().map(Entry::row).toList());
        return "devmail/mailbox";
    }

    @GetMapping("/epost/{id}")
    String show(@PathVariable String id, Model model) throws MessagingException {
        Optional<Entry> entry = find(id);
        if (entry.isEmpty()) {
            return "redirect:/epost";
        }
        model.addAttribute("row", entry.get().row());
        return "devmail/message";
    }

    /** The e-mail's HTML body; shown in an iframe with a sandbox and a CSP that blocks scripts. */
    @GetMapping(value = "/epost/{id}/innehall", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> body(@PathVariable String id) throws Exception {
        Optional<Entry> entry = find(id);
        if (entry.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(text("devmail.not-found"));
        }
        MimeMessage message = entry.get().message();
        Object content = message.getContent();
        String html = content instanceof String s ? s : GreenMailUtil.getBody(message);
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(html);
    }

    private Optional<Entry> find(String id) throws MessagingException {
        return rows().stream().filter(e -> e.row().id().equals(id)).findFirst();
    }

    /** All caught messages, newest first (GreenMail itself groups them per recipient). */
    private List<Entry> rows() throws MessagingException {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            MimeMessage m = messages[i];
            entries.add(new Entry(
                    m,
                    new Row(
                            idOf(m, i),
                            m.getSubject(),
                            addresses(m.getAllRecipients()),
                            addresses(m.getFrom()),
                            m.getSentDate() == null
                                    ? ""
                                    : SENT.format(m.getSentDate().toInstant())),
                    m.getSentDate() == null ? 0 : m.getSentDate().getTime(),
                    i));
        }
        entries.sort(Comparator.comparingLong(Entry::sentMillis)
                .thenComparingInt(Entry::order)
                .reversed());
        return entries;
    }

    private static String idOf(MimeMessage m, int fallback) throws MessagingException {
        String messageId = m.getMessageID() == null ? "index-" + fallback : m.getMessageID();
        return Sha256.hex(messageId).substring(0, 16);
    }

    private static String addresses(Address[] addresses) {
        return addresses == null
                ? ""
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private record Entry(MimeMessage message, Row row, long sentMillis, int order) {}

    /** One e-mail in the list. */
    record Row(String id, String subject, String to, String from, String sent) {}
}
