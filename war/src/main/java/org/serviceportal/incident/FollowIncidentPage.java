package org.serviceportal.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.TooManyRequestsException;

/**
 * The reporter's follow page, reached by the secret link in the mail: status, due times, public
 * history; add information; escalate with a reason.
 */
@Named
@RequestScoped
public class FollowIncidentPage {

    @Inject
    IncidentService incidents;

    @Inject
    FormActions actions;

    private String reference;
    private String token;
    private FollowView incident;
    private boolean notFound;
    private String information;
    private String reason;

    /**
     * Loads the incident for the link's reference and token (view action, and on a postback before
     * the page's {@code rendered} conditions are read). The view is stateless: a postback carries
     * reference and token as plain hidden fields of the same names (view parameters are not applied again on a postback).
     */
    public void load() {
        if (incident != null || notFound) {
            return;
        }
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (reference == null) {
            reference = params.get("reference");
        }
        if (token == null) {
            token = params.get("token");
        }
        if (reference == null || token == null) {
            notFound = true;
            return;
        }
        try {
            incident = incidents.follow(reference, token);
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    public void addInformation() {
        if (actions.run(() -> incident = incidents.addInformation(reference,
                new IncidentService.AddInformation(token, information)), "follow.message.added")) {
            information = null;
        }
    }

    public void escalate() {
        try {
            if (actions.run(() -> incident = incidents.escalateByReporter(reference,
                    new IncidentService.Escalate(reason, token)), null)) {
                reason = null;
                // say whom it reached: a green "escalated" beside "nobody known" would mislead
                var last = incident.escalations().get(incident.escalations().size() - 1);
                actions.inform("follow.message.escalated." + last.reachOrNobody());
            }
        } catch (TooManyRequestsException e) {
            actions.reject("follow.message.tooMany");
        }
    }

    public FollowView getIncident() {
        load();
        return incident;
    }

    public boolean isNotFound() {
        load();
        return notFound;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getInformation() {
        return information;
    }

    public void setInformation(String information) {
        this.information = information;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
