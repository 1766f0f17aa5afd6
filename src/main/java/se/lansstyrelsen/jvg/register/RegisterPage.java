package se.lansstyrelsen.jvg.register;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /intern/register: the register of joined organisations, for caseworkers and managers (HTTP Basic). */
@Controller
class RegisterPage {

  private final JoinedRegister register;

  RegisterPage(JoinedRegister register) {
    this.register = register;
  }

  @GetMapping("/intern/register")
  String show(Model model) {
    model.addAttribute("register", register.current());
    return "register/register";
  }
}
