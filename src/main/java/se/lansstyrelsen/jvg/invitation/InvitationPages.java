package se.lansstyrelsen.jvg.invitation;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * Caseworkers' page for invitations (/intern/inbjudningar, behind the internal login): the organisations that can be
 * invited (add one, import a CSV or XLSX file), and each round with its reach; a round starts from Tasklist's start
 * form "Inbjudningsomgång" and can be closed here before its deadline.
 */
@Controller
class InvitationPages {

    static final String PATH = "/intern/inbjudningar";
    private static final String VIEW = "intern/invitations";

    private final EligibleOrganisations organisations;
    private final InvitationReach reach;
    private final InvitationEngine engine;

    InvitationPages(EligibleOrganisations organisations, InvitationReach reach, InvitationEngine engine) {
        this.organisations = organisations;
        this.reach = reach;
        this.engine = engine;
    }

    @GetMapping(PATH)
    String page(Model model) {
        return show(model, null);
    }

    @PostMapping(PATH + "/organisationer")
    String add(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String organisationNumber,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) String email,
            Principal user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            organisations.add(
                    new EligibleOrganisations.Row(name, organisationNumber, type, municipalityCode, email),
                    user.getName());
        } catch (EligibleOrganisations.Refused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "entered", new EligibleOrganisations.Row(name, organisationNumber, type, municipalityCode, email));
            return show(model, e.problems());
        }
        redirect.addFlashAttribute("notice", text("invitation.page.organisation-saved"));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/import")
    String importFile(
            @RequestParam(name = "fil", required = false) MultipartFile file,
            Principal user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, List.of(text("invitation.page.no-file")));
        }
        String fileName = file.getOriginalFilename() == null
                ? "fil"
                : file.getOriginalFilename().replaceAll("[\\x00-\\x1F]", "");
        int imported;
        try {
            imported = organisations.importRows(ImportFile.read(fileName, file.getBytes()), fileName, user.getName());
        } catch (EligibleOrganisations.Refused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("importRefused", true);
            return show(model, e.problems());
        }
        redirect.addFlashAttribute("notice", text("invitation.page.imported", imported, fileName));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/omgangar/{id}/stang")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "notice",
                engine.closeRound(id)
                        ? text("invitation.page.round-closed")
                        : text("invitation.page.round-already-closed"));
        return "redirect:" + PATH;
    }

    private String show(Model model, List<String> problems) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("rounds", reach.rounds());
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("problems", problems == null ? List.of() : problems);
        return VIEW;
    }
}
