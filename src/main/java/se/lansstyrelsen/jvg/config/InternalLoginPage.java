package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Swedish login page of the internal pages (/intern/logga-in). A browser without a webapp session is
 * sent here from /intern/** and /epost; the login is the webapps' own (see {@link CamundaWebappLogin}),
 * so afterwards Tasklist and Cockpit are open too. Scripts keep using HTTP Basic.
 */
@Controller
class InternalLoginPage {

    static final String PATH = "/intern/logga-in";
    static final String RETURN_PARAM = "fortsatt";
    private static final String DEFAULT_TARGET = "/intern/register";
    /** Only our own internal pages, as a path on this server: no scheme, no host, no "//", no "..". */
    private static final Pattern SAFE_TARGET =
            Pattern.compile("^/(intern/[A-Za-z0-9._~%-]+(/[A-Za-z0-9._~%-]+)*|epost(/[A-Za-z0-9]+)*)$");

    private final CamundaWebappLogin login;

    InternalLoginPage(CamundaWebappLogin login) {
        this.login = login;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = RETURN_PARAM, required = false) String target, Model model) {
        model.addAttribute("target", safe(target));
        return "intern/login";
    }

    @PostMapping(PATH)
    String logIn(
            @RequestParam(name = "anvandare", required = false) String user,
            @RequestParam(name = "losenord", required = false) String password,
            @RequestParam(name = RETURN_PARAM, required = false) String target,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (login.logIn(request, user, password)) {
            return "redirect:" + safe(target);
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("target", safe(target));
        model.addAttribute("user", user);
        model.addAttribute("problem", text("config.login.failed"));
        return "intern/login";
    }

    /** Where a browser without login is sent: this page, with the page it asked for. */
    static String loginUrl(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getContextPath() + PATH + "?" + RETURN_PARAM + "="
                + URLEncoder.encode(safe(path), StandardCharsets.UTF_8);
    }

    static String safe(String target) {
        return target != null && SAFE_TARGET.matcher(target).matches() && !target.contains("..") && !target.equals(PATH)
                ? target
                : DEFAULT_TARGET;
    }
}
