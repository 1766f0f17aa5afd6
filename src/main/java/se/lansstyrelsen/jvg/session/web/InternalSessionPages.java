package se.lansstyrelsen.jvg.session.web;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.export.CsvFormat;
import se.lansstyrelsen.jvg.export.Downloads;
import se.lansstyrelsen.jvg.export.XlsxFormat;
import se.lansstyrelsen.jvg.session.InformationSession;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignup;
import se.lansstyrelsen.jvg.session.UpcomingSessions;

/**
 * Caseworkers' pages for information sessions (/intern/informationstraffar, the internal login of WebSecurity):
 * list, create, edit, cancel; the attendees of a session, removable, and exported as CSV or Excel. Plain HTML
 * forms (the internal pages run no script); every value is checked on the server with Swedish messages.
 */
@Controller
class InternalSessionPages {

    static final String BASE = "/intern/informationstraffar";

    private final SessionService sessions;
    private final SessionSignups signups;
    private final SessionAttendees attendees;
    private final AccessionSettings settings;

    InternalSessionPages(
            SessionService sessions, SessionSignups signups, SessionAttendees attendees, AccessionSettings settings) {
        this.sessions = sessions;
        this.signups = signups;
        this.attendees = attendees;
        this.settings = settings;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("sessions", sessions.all().stream().map(this::row).toList());
        model.addAttribute("input", Map.of("capacity", "30"));
        model.addAttribute("errors", Map.of());
        return "intern/sessions";
    }

    @PostMapping(BASE)
    String create(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        try {
            InformationSession s = sessions.create(SessionForm.details(params));
            return "redirect:" + BASE + "/" + s.getId();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "sessions", sessions.all().stream().map(this::row).toList());
            model.addAttribute("input", params);
            model.addAttribute("errors", e.errors());
            return "intern/sessions";
        }
    }

    @GetMapping(BASE + "/{id}")
    String session(@PathVariable Long id, Model model) {
        InformationSession s = sessions.get(id);
        return detail(s, SessionForm.input(s), Map.of(), model);
    }

    @PostMapping(BASE + "/{id}")
    String update(
            @PathVariable Long id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        try {
            signups.update(id, SessionForm.details(params));
            return "redirect:" + BASE + "/" + id + "?sparad";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return detail(sessions.get(id), params, e.errors(), model);
        }
    }

    @PostMapping(BASE + "/{id}/installa")
    String cancel(@PathVariable Long id) {
        signups.cancelSession(id);
        return "redirect:" + BASE + "/" + id + "?installd";
    }

    @PostMapping(BASE + "/{id}/anmalningar/{signupId}/ta-bort")
    String remove(@PathVariable Long id, @PathVariable Long signupId) {
        SessionSignup s = sessions.signup(signupId);
        if (!s.getSession().getId().equals(id)) {
            throw new SessionService.UnknownSessionException(id);
        }
        signups.cancel(signupId);
        return "redirect:" + BASE + "/" + id + "?borttagen";
    }

    @GetMapping(BASE + "/{id}/deltagare.csv")
    ResponseEntity<byte[]> csv(@PathVariable Long id) {
        return Downloads.attachment(
                CsvFormat.write(attendees.table(id)), CsvFormat.MEDIA_TYPE, attendees.fileName(id) + ".csv");
    }

    @GetMapping(BASE + "/{id}/deltagare.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable Long id) {
        return Downloads.attachment(
                XlsxFormat.write(attendees.table(id), text("session.attendees.sheet")),
                XlsxFormat.MEDIA_TYPE,
                attendees.fileName(id) + ".xlsx");
    }

    @ExceptionHandler({
        SessionService.UnknownSessionException.class,
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class
    })
    ModelAndView notFound() {
        ModelAndView view = new ModelAndView("intern/sessions-missing");
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    private String detail(InformationSession s, Map<String, String> input, Map<String, String> errors, Model model) {
        model.addAttribute("row", row(s));
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("signups", sessions.signups(s.getId()));
        model.addAttribute("open", sessions.isOpen(s));
        return "intern/session";
    }

    private Row row(InformationSession s) {
        UpcomingSessions.Upcoming u = UpcomingSessions.describe(s, settings.getPublicBaseUrl());
        long taken = sessions.placesTaken(s.getId());
        long waiting = sessions.signups(s.getId()).stream()
                .filter(x -> x.getStatus() == SessionSignup.Status.WAITING)
                .count();
        String state = s.isCancelled()
                ? text("session.state.cancelled")
                : sessions.isOpen(s) ? text("session.state.upcoming") : text("session.state.held");
        return new Row(
                s.getId(),
                s.getTitle(),
                u.day(),
                u.time(),
                s.getMeetingUrl(),
                s.getCapacity(),
                taken,
                waiting,
                state,
                s.isExample(),
                u.signupPath());
    }

    /** One session in the list. */
    record Row(
            Long id,
            String title,
            String day,
            String time,
            String meetingUrl,
            int capacity,
            long taken,
            long waiting,
            String state,
            boolean example,
            String signupPath) {}
}
