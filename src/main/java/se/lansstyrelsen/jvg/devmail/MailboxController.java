package se.lansstyrelsen.jvg.devmail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * The demo mail viewer at /epost: every e-mail the application sent since start, newest first.
 * Only in profile "devmail"; the message body is served as its own sandboxed document.
 */
@Controller
@Profile("devmail")
class MailboxController {

  private final GreenMail greenMail;

  MailboxController(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  @GetMapping("/epost")
  String list(Model model) throws MessagingException {
    MimeMessage[] messages = greenMail.getReceivedMessages();
    List<Row> rows = new ArrayList<>();
    for (int i = messages.length - 1; i >= 0; i--) {
      rows.add(new Row(i, messages[i].getSubject(), addresses(messages[i].getAllRecipients()),
          addresses(messages[i].getFrom()), messages[i].getSentDate() == null ? "" : messages[i].getSentDate().toString()));
    }
    model.addAttribute("rows", rows);
    return "devmail/mailbox";
  }

  @GetMapping("/epost/{index}")
  String show(@PathVariable int index, Model model) throws MessagingException {
    MimeMessage[] messages = greenMail.getReceivedMessages();
    if (index < 0 || index >= messages.length) {
      return "redirect:/epost";
    }
    MimeMessage m = messages[index];
    model.addAttribute("index", index);
    model.addAttribute("row", new Row(index, m.getSubject(), addresses(m.getAllRecipients()), addresses(m.getFrom()),
        m.getSentDate() == null ? "" : m.getSentDate().toString()));
    return "devmail/message";
  }

  /** The e-mail's HTML body; shown in an iframe with a sandbox and a CSP that blocks scripts. */
  @GetMapping(value = "/epost/{index}/innehall", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  ResponseEntity<String> body(@PathVariable int index) throws Exception {
    MimeMessage[] messages = greenMail.getReceivedMessages();
    if (index < 0 || index >= messages.length) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body("Mejlet finns inte.");
    }
    Object content = messages[index].getContent();
    String html = content instanceof String s ? s : GreenMailUtil.getBody(messages[index]);
    return ResponseEntity.ok()
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .body(html);
  }

  private static String addresses(Address[] addresses) {
    return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }

  /** One e-mail in the list. */
  record Row(int index, String subject, String to, String from, String sent) {}
}
