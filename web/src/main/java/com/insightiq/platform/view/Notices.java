package com.insightiq.platform.view;

import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotAuthenticatedException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.ProvisioningFailedException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the person what happened, as FacesMessages in their language. A refusal a boundary explains is shown in the
 * boundary's own words; anything else is a fault on our side, logged, and shown as a generic apology.
 */
@ApplicationScoped
public class Notices {
    private static final Logger LOG = Logger.getLogger(Notices.class.getName());

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Runs a boundary call that answers something; empty when it refused, and the person has been told why. */
    public <T> Optional<T> fetch(Supplier<T> call) {
        return fetch(call, refusal -> add(FacesMessage.SEVERITY_ERROR, refusal));
    }

    /**
     * Like {@link #fetch(Supplier)}, but the boundary's reason for a refusal goes to {@code refused}, for a page that
     * shows it next to the form it concerns rather than at the top.
     */
    public <T> Optional<T> fetch(Supplier<T> call, Consumer<String> refused) {
        try {
            return Optional.ofNullable(call.get());
        } catch (InvalidInputException | NotFoundException | ConflictException | ForbiddenException
                 | NotAuthenticatedException | ProvisioningFailedException refusal) {
            refused.accept(refusal.getMessage());
        } catch (EJBException fault) {
            LOG.log(Level.WARNING, "A boundary call failed", fault);
            error("error.unexpected");
        }
        return Optional.empty();
    }

    /** Runs a boundary call that answers nothing; false when it refused. */
    public boolean run(Runnable call) {
        return fetch(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** A text of the page bundle (var "msg") in the language of the view. */
    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        if (bundle == null || !bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}
