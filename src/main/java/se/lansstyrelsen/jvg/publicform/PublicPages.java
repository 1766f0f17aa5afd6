package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.accession.StatusLink;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.form.InputText;
import se.lansstyrelsen.jvg.minutes.MinutesExtractService;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway.Withdrawal;
import se.lansstyrelsen.jvg.session.UpcomingSessions;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/** The public pages, in Swedish: the accession form, the case status, withdrawal and completion. */
@Controller
class PublicPages {

    /** Control characters other than tab and line breaks, as the form validation refuses them. */
    private static final String STATUS_VIEW = "public/status";

    private static final String GONE_VIEW = "public/link-not-valid";

    private final PublicCaseService cases;
    private final GoalCatalogue catalogue;
    private final UpcomingSessions sessions;
    private final AccessionSettings settings;
    private final byte[] startForm;

    PublicPages(
            PublicCaseService cases, GoalCatalogue catalogue, UpcomingSessions sessions, AccessionSettings settings) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.settings = settings;
        try (InputStream in = new ClassPathResource("forms/" + FormFields.START_FORM_FILE).getInputStream()) {
            this.startForm = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/anslutning")
    String accessionPage(@RequestParam(name = "inbjudan", required = false) String invitation, Model model) {
        // A link from an invitation e-mail: the page's script prefills the organisation (invitation.InvitationLinks).
        if (invitation != null && invitation.matches("[A-Za-z0-9_-]{20,64}")) {
            model.addAttribute("prefillUrl", "/anslutning/inbjudan/" + invitation);
            // Sent back with the submission (X-Invitation-Token), so the accession ends exactly this invitation.
            model.addAttribute("invitationToken", invitation);
        }
        model.addAttribute("periodName", catalogue.current().periodName());
        model.addAttribute("diaryNumber", catalogue.current().diaryNumber());
        model.addAttribute("sessions", sessions.list());
        model.addAttribute("strategyUrl", settings.getMethodSupportUrl());
        return "public/accession";
    }

    /** The very form file Tasklist uses (forms/accession-start.form), for the form-js viewer on the page. */
    @GetMapping(path = "/anslutning/formular.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> startForm() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(startForm);
    }

    @GetMapping(StatusLink.PATH_PREFIX + "{token}")
    String status(@PathVariable String token, Model model) {
        return cases.status(token)
                .map(s -> {
                    model.addAttribute("status", s);
                    model.addAttribute("token", token);
                    model.addAttribute(
                            "requestedCompletion",
                            cases.requestedCompletion(token).orElse(null));
                    return STATUS_VIEW;
                })
                .orElseThrow(LinkNotValidException::new);
    }

    @GetMapping(StatusLink.PATH_PREFIX + "{token}/aterkalla")
    String confirmWithdrawal(@PathVariable String token, Model model) {
        addStatus(model, token);
        return "public/withdraw";
    }

    @PostMapping(StatusLink.PATH_PREFIX + "{token}/aterkalla")
    String withdraw(
            @PathVariable String token,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            HttpServletResponse response) {
        if (cases.status(token).isEmpty()) {
            throw new LinkNotValidException();
        }
        if (reason != null && InputText.hasControlCharacters(reason)) {
            // A NUL byte cannot even be stored in PostgreSQL: refused before anything is written.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            addStatus(model, token);
            model.addAttribute("problem", text("publicform.withdrawal.control-characters"));
            return STATUS_VIEW;
        }
        Withdrawal outcome = cases.withdraw(token, reason);
        addStatus(model, token);
        switch (outcome) {
            case WITHDRAWN -> model.addAttribute("notice", text("publicform.withdrawal.done"));
            case NOT_RUNNING -> model.addAttribute("problem", text("publicform.withdrawal.not-running"));
            case CONFLICT -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("problem", text("publicform.withdrawal.conflict"));
            }
        }
        return STATUS_VIEW;
    }

    /** The case's status and link for the status and withdrawal pages; an invalid link is a 404. */
    private void addStatus(Model model, String token) {
        model.addAttribute("status", cases.status(token).orElseThrow(LinkNotValidException::new));
        model.addAttribute("token", token);
    }

    /** Upload without script: a plain form on the status page. */
    @PostMapping(StatusLink.PATH_PREFIX + "{token}/protokollsutdrag")
    ModelAndView attachMinutes(
            @PathVariable String token,
            @RequestParam(name = MinutesExtractService.FIELD, required = false) MultipartFile file)
            throws IOException {
        ModelAndView view = new ModelAndView(STATUS_VIEW);
        view.addObject("token", token);
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            cases.attachMinutes(token, file == null ? null : file.getOriginalFilename(), content)
                    .orElseThrow(LinkNotValidException::new);
            view.addObject("notice", text("publicform.minutes.attached"));
        } catch (InvalidInputException e) {
            view.addObject("problem", e.errors().values().iterator().next());
            view.setStatus(
                    e instanceof MinutesExtractService.TooLargeException
                            ? HttpStatus.PAYLOAD_TOO_LARGE
                            : HttpStatus.BAD_REQUEST);
        }
        view.addObject("status", cases.status(token).orElseThrow(LinkNotValidException::new));
        return view;
    }

    @GetMapping("/anslutning/komplettera/{token}")
    String completion(@PathVariable String token, Model model) {
        Optional<PublicCaseViews.Completion> c = cases.completion(token);
        model.addAttribute("token", token);
        if (c.isPresent()) {
            model.addAttribute("completion", c.get());
            return "public/completion";
        }
        // Used (or not yet usable): say so and lead to the status page, never to a new accession.
        model.addAttribute("used", cases.usedCompletionLink(token).orElseThrow(LinkNotValidException::new));
        return "public/completion-used";
    }

    /** From a completion link to the case's status page: a fresh status link (see PublicCaseService). */
    @PostMapping("/anslutning/komplettera/{token}/status")
    String statusFromCompletion(@PathVariable String token) {
        return "redirect:" + StatusLink.path(cases.statusTokenFor(token).orElseThrow(LinkNotValidException::new));
    }

    @ExceptionHandler(LinkNotValidException.class)
    ModelAndView linkNotValid() {
        ModelAndView view = new ModelAndView(GONE_VIEW);
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView view = new ModelAndView("public/message");
        view.addObject("title", text("publicform.minutes.too-large.title"));
        view.addObject("message", text("publicform.minutes.too-large.message"));
        view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return view;
    }
}
