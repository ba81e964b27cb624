package com.insightiq.access.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * Delivers password-reset links through the Jakarta Mail session {@code mail/insightiq}. When no SMTP host is
 * configured (INSIGHTIQ_SMTP_HOST unset or "none"), the link goes to the server log instead, so an operator can
 * pass it on.
 */
@ApplicationScoped
public class ResetMail {
    private static final Logger LOG = Logger.getLogger(ResetMail.class.getName());

    @Resource(lookup = "mail/insightiq")
    Session session;

    @Inject
    @ConfigProperty(name = "insightiq.smtp.host", defaultValue = "none")
    String smtpHost;

    public void send(String to, String link) {
        if (smtpHost.isBlank() || "none".equals(smtpHost) || session == null) {
            LOG.info("Password reset for " + to + " (no SMTP configured, link logged instead): " + link);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject("Reset your InsightIQ password");
            message.setText("Someone asked to reset the password of your InsightIQ account.\n\n"
                    + "Open this link within an hour to choose a new password:\n" + link + "\n\n"
                    + "If it was not you, ignore this message; your password stays as it is.\n");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning("Could not send the password reset mail to " + to + ": " + e.getMessage()
                    + "; link: " + link);
        }
    }
}
