package se.lansstyrelsen.jvg.followup;

import static se.lansstyrelsen.jvg.config.Problems.problem;
import static se.lansstyrelsen.jvg.config.Problems.respond;
import static se.lansstyrelsen.jvg.config.Texts.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import se.lansstyrelsen.jvg.accession.InvalidInputException;

/**
 * The organisation's yearly follow-up, public and protected by the e-mailed secure link: the page
 * ({@code /uppfoljning/{token}}) renders forms/annual-follow-up.form with the same form-js viewer as
 * {@code /anslutning}; the JSON API gives the prefill and takes the answer (Swedish problem+json on errors).
 */
@Controller
class PublicFollowUpController {

    private final AnnualFollowUpService followUps;
    private final byte[] form;

    PublicFollowUpController(AnnualFollowUpService followUps) {
        this.followUps = followUps;
        try (InputStream in =
                new ClassPathResource("forms/" + AnnualFollowUpProcess.PUBLIC_FORM_ID + ".form").getInputStream()) {
            this.form = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/uppfoljning/{token}")
    ModelAndView page(@PathVariable String token, Model model) {
        return followUps
                .form(token)
                .map(f -> {
                    ModelAndView view = new ModelAndView("public/annual-follow-up");
                    view.addObject("followUp", f);
                    view.addObject("token", token);
                    return view;
                })
                .orElseGet(() -> {
                    ModelAndView view = new ModelAndView("public/link-not-valid");
                    view.setStatus(HttpStatus.NOT_FOUND);
                    return view;
                });
    }

    /** The form file itself, for the form-js viewer on the page. */
    @GetMapping(path = "/uppfoljning/formular.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> form() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(form);
    }

    @GetMapping(path = "/api/follow-ups/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> prefill(@PathVariable String token) {
        return followUps
                .form(token)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(PublicFollowUpController::linkNotValid);
    }

    @PostMapping(
            path = "/api/follow-ups/{token}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> answer(@PathVariable String token, @RequestBody Map<String, Object> formData) {
        try {
            return followUps
                    .answer(token, formData)
                    .<ResponseEntity<?>>map(
                            f -> ResponseEntity.ok(Map.of("message", text("followup.answer-received", f.getYear()))))
                    .orElseGet(PublicFollowUpController::linkNotValid);
        } catch (MismatchingMessageCorrelationException answeredMeanwhile) {
            // Another answer through the same link committed first; this one was not stored.
            return respond(problem(
                    HttpStatus.CONFLICT,
                    text("followup.answered-meanwhile.title"),
                    text("followup.answered-meanwhile.detail")));
        }
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, text("followup.invalid.title"), e.getMessage());
        p.setProperty("errors", e.errors());
        return respond(p);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        // 413 when a body without declared length grew over the public limit while read, else 400.
        return se.lansstyrelsen.jvg.config.Problems.unreadableJson(e);
    }

    private static ResponseEntity<ProblemDetail> linkNotValid() {
        return respond(problem(
                HttpStatus.NOT_FOUND, text("followup.link-not-valid.title"), text("followup.link-not-valid.detail")));
    }
}
