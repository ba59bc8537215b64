package org.strands.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server that speaks real SMTP over a socket and answers some recipients with the reply it is given (such as
 * {@code 550 5.1.1 no such mailbox}), as GreenMail cannot: it takes every other message and keeps the recipients it
 * took, and counts the connections made to it.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final List<String> taken = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private RefusingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    public static RefusingSmtpServer start() {
        try {
            return new RefusingSmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers a message to this recipient with this reply, at RCPT TO. */
    public RefusingSmtpServer refuse(String recipient, String reply) {
        replies.put(recipient.toLowerCase(), reply);
        return this;
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<String> taken() {
        return List.copyOf(taken);
    }

    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            out.print("220 refusing.test ESMTP\r\n");
            out.flush();
            String recipient = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                String reply = switch (command) {
                    case "EHLO", "HELO" -> "250 refusing.test";
                    case "MAIL" -> "250 OK";
                    case "RCPT" -> {
                        recipient = line.replaceFirst("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1").toLowerCase();
                        yield replies.getOrDefault(recipient, "250 OK");
                    }
                    case "DATA" -> {
                        out.print("354 go ahead\r\n");
                        out.flush();
                        while (!".".equals(in.readLine())) {
                            // the message itself is not kept
                        }
                        taken.add(recipient);
                        yield "250 taken";
                    }
                    case "QUIT" -> "221 bye";
                    default -> "250 OK";
                };
                out.print(reply + "\r\n");
                out.flush();
                if (command.equals("QUIT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
