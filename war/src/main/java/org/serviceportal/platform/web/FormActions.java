package org.serviceportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
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
                    error(faces, fieldOf(faces, ii.field()), ii.message(lang.getLanguage()));
                    return false;
                }
                if (c instanceof ConstraintViolationException cve) {
                    cve.getConstraintViolations().forEach(v -> error(faces, fieldOf(faces, leaf(v.getPropertyPath())),
                            v.getMessage()));
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

    /**
     * Rejects the form with the keyed message about one of its inputs ({@code field}, its id): the error
     * summary links to it and the field shows the message.
     */
    public void rejectField(String field, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        error(faces, fieldOf(faces, field), lang.text(key, args));
    }

    private static void error(FacesContext faces, String text) {
        error(faces, null, text);
    }

    private static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** The last name of a violation's path ("save.arg0.email" → "email"), the field it is about. */
    private static String leaf(jakarta.validation.Path path) {
        String name = null;
        for (jakarta.validation.Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    /**
     * The client id of the input named {@code field} in the form that was posted (its id is among the
     * request's parameters, as {@code UIForm} decides; an Ajax request that processes only some inputs
     * does not decode the form itself), so that the error summary links to it and the field shows the
     * message; null (a message about the whole form) when there is no such input. Inputs in table rows
     * are left out: their id depends on the row.
     */
    static String fieldOf(FacesContext faces, String field) {
        if (field == null || field.isBlank() || faces.getViewRoot() == null) {
            return null;
        }
        var posted = faces.getExternalContext().getRequestParameterMap();
        String[] found = new String[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_UNRENDERED,
                VisitHint.SKIP_ITERATION)), (context, c) -> {
                    if (c instanceof UIForm form && !posted.containsKey(form.getClientId(faces)) || c instanceof UIData) {
                        return VisitResult.REJECT;
                    }
                    if (c instanceof UIInput && field.equals(c.getId())) {
                        found[0] = c.getClientId(faces);
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        return found[0];
    }
}
