package se.lansstyrelsen.jvg.session.web;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.session.InformationSession;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignup;
import se.lansstyrelsen.jvg.session.SignupForm;
import se.lansstyrelsen.jvg.session.UpcomingSessions;

/** The public sign-up page (form-js renders forms/session-signup.form) and the cancellation link's page. */
@Controller
class PublicSessionPages {

    private final SessionService sessions;
    private final SessionSignups signups;
    private final AccessionSettings settings;
    private final byte[] form;

    PublicSessionPages(SessionService sessions, SessionSignups signups, AccessionSettings settings) {
        this.sessions = sessions;
        this.signups = signups;
        this.settings = settings;
        try (InputStream in = new ClassPathResource("forms/" + SignupForm.FORM_FILE).getInputStream()) {
            this.form = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/informationstraffar/{sessionId}/anmalan")
    String signupPage(@PathVariable Long sessionId, Model model) {
        InformationSession s = sessions.get(sessionId);
        model.addAttribute(
                "traff", // not "session": Thymeleaf reads ${session} as the HTTP session
                UpcomingSessions.describe(s, settings.getPublicBaseUrl()));
        model.addAttribute("open", sessions.isOpen(s));
        model.addAttribute("cancelled", s.isCancelled());
        long free = Math.max(0, s.getCapacity() - sessions.placesTaken(sessionId));
        model.addAttribute("freePlaces", free);
        return "public/session-signup";
    }

    @GetMapping(path = "/informationstraffar/anmalan.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> form() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(form);
    }

    @GetMapping("/informationstraffar/avboka/{token}")
    String confirmCancel(@PathVariable String token, Model model) {
        SessionSignup s = sessions.byCancelToken(token).orElseThrow(SessionLinkNotValid::new);
        model.addAttribute("signup", s);
        model.addAttribute(
                "traff", // not "session": Thymeleaf reads ${session} as the HTTP session
                UpcomingSessions.describe(s.getSession(), settings.getPublicBaseUrl()));
        model.addAttribute("token", token);
        return "public/session-cancel";
    }

    @PostMapping("/informationstraffar/avboka/{token}")
    String cancel(@PathVariable String token, Model model) {
        if (!signups.cancelByLink(token)) {
            throw new SessionLinkNotValid();
        }
        model.addAttribute("title", text("session.cancelled-by-link.title"));
        model.addAttribute("message", text("session.cancelled-by-link.message"));
        return "public/message";
    }

    @ExceptionHandler({
        SessionService.UnknownSessionException.class,
        SessionLinkNotValid.class,
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class
    })
    ModelAndView notFound() {
        ModelAndView view = new ModelAndView("public/message");
        view.addObject("title", text("session.page-not-found.title"));
        view.addObject("message", text("session.page-not-found.message"));
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    /** The cancellation link is unknown or the sign-up is already cancelled. */
    static class SessionLinkNotValid extends RuntimeException {
        SessionLinkNotValid() {
            super("Cancellation link not valid");
        }
    }
}
