package com.insightiq.query.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the person a background export is ready, by mail through {@code mail/insightiq} like password resets. The
 * mail links to the tenant's Jobs page, where the download is (the file itself needs a signed-in owner). Without an
 * SMTP host the notice goes to the server log; the Jobs page shows the run either way.
 */
@ApplicationScoped
public class ExportNotice {
    private static final Logger LOG = Logger.getLogger(ExportNotice.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @Resource(lookup = "mail/insightiq")
    Session session;

    @Inject
    @ConfigProperty(name = "insightiq.smtp.host", defaultValue = "none")
    String smtpHost;

    public void ready(ExportLedger.Order order, long rows, Instant expiresAt) {
        String text = "Your export of " + rows + " rows (" + order.format().code().toUpperCase() + ") is ready.\n\n"
                + "Download it from the Jobs page until " + WHEN.format(expiresAt.atOffset(ZoneOffset.UTC)) + ":\n"
                + (order.noticeLink() == null ? "(open InsightIQ, Settings → Jobs)" : order.noticeLink()) + "\n";
        if (order.email() == null || smtpHost.isBlank() || "none".equals(smtpHost) || session == null) {
            LOG.info("Export " + order.exportId() + " is ready (no SMTP configured, no mail sent)");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(order.email()));
            message.setSubject("Your InsightIQ export is ready");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning("Could not mail the export notice of export " + order.exportId() + ": " + e.getMessage());
        }
    }
}
