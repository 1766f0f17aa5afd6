package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** HTTP Basic on our internal pages: checks a caseworker's Camunda password; the Camunda groups become authorities. */
@Component
class CamundaPasswordCheck implements AuthenticationProvider {

    private final IdentityService identity;
    private final CamundaWebappLogin webappLogin;

    CamundaPasswordCheck(IdentityService identity, CamundaWebappLogin webappLogin) {
        this.identity = identity;
        this.webappLogin = webappLogin;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        if (user == null || password == null || !identity.checkPassword(user, password.toString())) {
            throw new BadCredentialsException(text("config.login.bad-credentials"));
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, webappLogin.groupsOf(user));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
