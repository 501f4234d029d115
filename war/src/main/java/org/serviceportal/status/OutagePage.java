package org.serviceportal.status;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;

/**
 * The public page of one outage ({@code /public/outage.xhtml?id=N}): its title, product, severity,
 * start, end or "ongoing", how long it lasted and the whole timeline of its notice. The address the
 * status page, feeds and mails link to; an unknown or malformed id answers 404.
 */
@Named
@RequestScoped
public class OutagePage {

    @Inject
    OutageService outages;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    private OutageView outage;

    /** Loads the outage of the {@code id} parameter (view action); none: the 404 page. */
    public void load() {
        outage = PermalinkIds.load(outages::find);
    }

    public OutageView getOutage() {
        return outage;
    }

    public String getTitle() {
        return outage == null ? "" : notices.title(outage);
    }

    /** How long it lasted, or has lasted until now while it goes on. */
    public String getDuration() {
        return notices.duration(outage.startedAt(), outage.isOpen() ? clock.instant() : outage.endedAt());
    }
}
