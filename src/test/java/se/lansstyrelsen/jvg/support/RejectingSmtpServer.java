package se.lansstyrelsen.jvg.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server on a free port that refuses every recipient the way real servers do, naming the
 * address in its reply ("550 5.1.1 &lt;name@example.se&gt;: Recipient address rejected").
 */
public final class RejectingSmtpServer implements AutoCloseable {

  private final ServerSocket socket;

  public RejectingSmtpServer() throws IOException {
    socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "rejecting-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept();
          BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
          PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
        reply(out, "220 localhost ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String command = line.toUpperCase();
          if (command.startsWith("EHLO") || command.startsWith("HELO")) {
            reply(out, "250 localhost");
          } else if (command.startsWith("RCPT TO:")) {
            String address = line.substring("RCPT TO:".length()).trim();
            reply(out, "550 5.1.1 " + address + ": Recipient address rejected: User unknown");
          } else if (command.startsWith("QUIT")) {
            reply(out, "221 Bye");
            break;
          } else {
            reply(out, "250 OK");
          }
        }
      } catch (IOException closed) {
        // the server is stopped, or the client went away
      }
    }
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
