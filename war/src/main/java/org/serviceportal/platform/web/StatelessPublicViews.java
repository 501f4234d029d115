package org.serviceportal.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Public pages keep no view state and are left out of PrimeFaces' CSP mode, as soon as their view
 * exists, before anything reads it:
 * <ul>
 * <li>the view is made transient. The template says {@code <f:view transient="true">} too, but that
 * is applied only when the view is built, in the render phase, after PrimeFaces' CSP listener has
 * run: that listener keeps its nonce in the view map of a view that is not transient, and a view
 * map lives in the session, so every anonymous page view made a session;</li>
 * <li>PrimeFaces' CSP is marked done for the request, so it neither makes a nonce nor adds its
 * policy: public pages have no script to allow, and a postback of a stateless form carries no
 * nonce (PrimeFaces would refuse it with "Missing CSP nonce").</li>
 * </ul>
 * Staff pages (admin, login) keep both. Registered in {@code faces-config.xml}.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && view.getViewId() != null && SecurityHeadersFilter.isPublicPage(view.getViewId())) {
            view.setTransient(true);
            PrimeFacesContext.getCspState(event.getFacesContext()).setInitialized(true);
        }
    }
}
