package org.serviceportal.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.web.FormActions;
import org.serviceportal.platform.web.TooManyRequestsException;

/**
 * The reporter's follow page, reached by the secret link in the mail: status, due times, public
 * history; add information; escalate with a reason.
 */
@Named
@ViewScoped
public class FollowIncidentPage implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** Loads the incident for the link's reference and token (view action). */
    public void load() {
        if (incident != null) {
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
        return incident;
    }

    public boolean isNotFound() {
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
