package se.lansstyrelsen.jvg.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** An in-process SMTP server on a free port (tests run concurrently on one machine: never a fixed port). */
public final class GreenMailServer {

  private GreenMailServer() {}

  public static GreenMail start() {
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }
}
