package org.vigia.ae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends safety e-mails through SMTP when {@value #HOST} is set (MicroProfile Config, e.g. environment variable
 * {@code VIGIA_MAIL_HOST}); without it, nothing is sent and {@link #send} answers NOT_CONFIGURED. The Jakarta Mail
 * session is created here from the {@code vigia.mail.*} keys, so no server-side mail resource is needed.
 */
@ApplicationScoped
public class SafetyMailer {

    public static final String HOST = "vigia.mail.host";
    public static final String PORT = "vigia.mail.port";
    public static final String USER = "vigia.mail.user";
    public static final String PASSWORD = "vigia.mail.password";
    public static final String FROM = "vigia.mail.from";
    public static final String STARTTLS = "vigia.mail.starttls";

    private static final Logger LOG = Logger.getLogger(SafetyMailer.class.getName());

    @Inject
    @ConfigProperty(name = HOST)
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = PORT, defaultValue = "587")
    private int port;

    @Inject
    @ConfigProperty(name = USER)
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = PASSWORD)
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = FROM, defaultValue = "vigia@localhost")
    private String from;

    @Inject
    @ConfigProperty(name = STARTTLS, defaultValue = "true")
    private boolean starttls;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one plain-text e-mail; returns SENT, NOT_CONFIGURED, NO_ADDRESS or FAILED (logged). */
    public String send(String to, String subject, String text) {
        if (!isConfigured()) {
            return "NOT_CONFIGURED";
        }
        if (to == null || to.isBlank()) {
            return "NO_ADDRESS";
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        Authenticator auth = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        try {
            Session session = Session.getInstance(props, auth);
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
            return "SENT";
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Safety e-mail to " + to + " failed", e);
            return "FAILED";
        }
    }
}
