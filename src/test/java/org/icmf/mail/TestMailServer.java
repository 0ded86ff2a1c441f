package org.icmf.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.icmf.support.AsyncEvents;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The SMTP server of the tests' application context: one GreenMail per context, on a port found free when the context
 * starts (kept when a test stops and restarts it), stopped with the context. {@code @SiteTest} imports it and sets
 * {@code spring.mail.host}; this bean sets {@code spring.mail.port}. The scheduled sender is off in tests, so a test
 * delivers the outbox with {@link #deliver()} and reads what a recipient received with {@link #receivedBy}.
 */
@TestComponent
public class TestMailServer implements DynamicPropertyRegistrar, DisposableBean {

    private final GreenMail smtp;
    private final int port;
    private final ObjectProvider<OutboxSender> sender;
    private final ObjectProvider<JdbcClient> jdbc;

    TestMailServer(ObjectProvider<OutboxSender> sender, ObjectProvider<JdbcClient> jdbc) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.port = freePort();
        this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> port);
    }

    /** Sends the outbox as the scheduled sender would, once the events handled after commit have queued their mails. */
    public void deliver() {
        AsyncEvents.awaitHandled(jdbc.getObject());
        OutboxRounds.sendAllDue(sender.getObject());
    }

    /**
     * One round of the sender, as its schedule runs it ({@code icmf.mail.batch-size} mails at most), without waiting
     * for events: for measuring the outbox at volume. Returns how many mails it handled.
     */
    public int deliverOneRound() {
        return sender.getObject().sendDue();
    }

    /** How many messages the server received in all. */
    public int receivedCount() {
        return smtp.getReceivedMessages().length;
    }

    /** The messages this address received, oldest first. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(recipient -> ((InternetAddress) recipient)
                                        .getAddress()
                                        .equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Stops the server, so that sending fails as with an SMTP server down; {@link #start()} brings it back. */
    public void stop() {
        smtp.stop();
    }

    public void start() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Override
    public void destroy() {
        smtp.stop();
    }
}
