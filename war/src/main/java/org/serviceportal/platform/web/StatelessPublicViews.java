package org.serviceportal.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Makes the view of every public page transient as soon as it exists, before anything reads it.
 * The template says {@code <f:view transient="true">} too, but that is applied only when the view
 * is built, in the render phase, after PrimeFaces' CSP listener has run: that listener keeps its
 * nonce in the view map of a view that is not transient, and a view map lives in the session, so
 * every anonymous page view made a session. Registered in {@code faces-config.xml}.
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
        }
    }
}
