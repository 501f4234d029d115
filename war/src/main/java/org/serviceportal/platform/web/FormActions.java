package org.serviceportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.serviceportal.platform.error.ConflictException;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;
import org.serviceportal.platform.i18n.CurrentLanguage;

/**
 * Runs a form's action and turns the expected failures (stale version, a domain rule broken, gone)
 * into Faces messages in the page's language; anything else goes to the error page. The domain
 * checks its rules once: a page does not repeat them before calling the service.
 */
@ApplicationScoped
public class FormActions {

    @Inject
    CurrentLanguage lang;

    /** Runs the action; on success shows {@code successKey} and answers true. */
    public boolean run(Runnable action, String successKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            if (successKey != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, lang.text(successKey), null));
            }
            return true;
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof StaleVersionException || c instanceof OptimisticLockException) {
                    error(faces, lang.text("admin.message.stale"));
                    return false;
                }
                if (c instanceof NotFoundException) {
                    error(faces, lang.text("admin.message.gone"));
                    return false;
                }
                if (c instanceof ConflictException ce) {
                    error(faces, ce.message(lang.getLanguage()));
                    return false;
                }
                if (c instanceof InvalidInputException ii) {
                    error(faces, ii.message(lang.getLanguage()));
                    return false;
                }
                if (c instanceof ConstraintViolationException cve) {
                    cve.getConstraintViolations().forEach(v -> error(faces, v.getMessage()));
                    return false;
                }
            }
            throw e;
        }
    }

    /** Shows an informational message of the bundle (a success whose wording depends on the outcome). */
    public void inform(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, lang.text(key, args), null));
    }

    /** Rejects the form with the keyed message, for a rule the page checks before calling a service. */
    public void reject(String key, Object... args) {
        error(FacesContext.getCurrentInstance(), lang.text(key, args));
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
