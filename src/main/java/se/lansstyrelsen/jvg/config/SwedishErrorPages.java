package se.lansstyrelsen.jvg.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error a browser sees is a Swedish page in the public layout, instead of Spring's English
 * "Whitelabel Error Page". Only for HTML: API clients keep Spring's JSON error body, and our /api answers
 * with problem+json as before. The page never shows the exception, its message or a stack trace.
 */
@Component
class SwedishErrorPages implements ErrorViewResolver {

  static final String VIEW = "public/error";

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Text text = textFor(status);
    ModelAndView view = new ModelAndView(VIEW, Map.of("status", status.value(), "title", text.title(),
        "message", text.message()));
    view.setStatus(status);
    return view;
  }

  static Text textFor(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> new Text("Felaktig begäran",
          "Servern kunde inte förstå begäran. Kontrollera adressen eller gå tillbaka och försök igen.");
      case UNAUTHORIZED -> new Text("Inloggning krävs", "Sidan kräver att du är inloggad.");
      case FORBIDDEN -> new Text("Du har inte behörighet till sidan",
          "Du är inloggad men har inte behörighet att se den här sidan. Kontakta en administratör om du behöver"
              + " den. Har sidan varit öppen länge kan du också ladda om den och försöka igen.");
      case NOT_FOUND -> new Text("Sidan finns inte",
          "Sidan du söker finns inte, eller så har adressen ändrats. Kontrollera adressen.");
      case METHOD_NOT_ALLOWED -> new Text("Det går inte att göra så här",
          "Sidan kan inte användas på det sättet. Gå tillbaka och använd sidans knappar och länkar.");
      case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> new Text("Formatet stöds inte",
          "Sidan kan inte ta emot eller visa uppgifter i det format som begärdes.");
      case PAYLOAD_TOO_LARGE -> new Text("För mycket data",
          "Det som skickades är för stort. En fil får vara högst 10 MB.");
      case TOO_MANY_REQUESTS -> new Text("För många förfrågningar",
          "Det har kommit många förfrågningar på kort tid. Vänta en stund och försök igen.");
      case SERVICE_UNAVAILABLE -> new Text("Tjänsten är inte tillgänglig just nu",
          "Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.");
      default -> status.is4xxClientError()
          ? new Text("Begäran kunde inte utföras", "Begäran kunde inte utföras. Gå tillbaka och försök igen.")
          : new Text("Något gick fel hos oss",
              "Ett fel uppstod i tjänsten. Försök igen om en stund. Kvarstår felet, kontakta Länsstyrelsen.");
    };
  }

  /** Heading and explanation of an error page. */
  record Text(String title, String message) {}
}
