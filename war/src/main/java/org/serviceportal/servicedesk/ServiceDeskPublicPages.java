package org.serviceportal.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.serviceportal.platform.web.PublicPages;

/**
 * The home page (the service desk) and the escalation page, served from snapshots. The home page
 * says whether the help desk is open now: it reads differently at every opening and closing time.
 */
@ApplicationScoped
public class ServiceDeskPublicPages implements PublicPages {

    @Inject
    SupportLineService lines;

    @Override
    public List<Page> pages() {
        return List.of(Page.of("/"), Page.of("/index.xhtml"), Page.of("/public/escalation.xhtml"));
    }

    @Override
    public Instant nextChange(Instant now) {
        Instant next = null;
        for (SupportLineView line : lines.list()) {
            if (line.opensAt() == null || line.closesAt() == null) {
                continue;
            }
            Instant t = nextOf(now, line.opensAt(), line.closesAt());
            if (next == null || t.isBefore(next)) {
                next = t;
            }
        }
        return next;
    }

    /** The first of the daily times (Brussels) after {@code now}. */
    static Instant nextOf(Instant now, LocalTime... times) {
        LocalDate today = now.atZone(OpeningHours.ZONE).toLocalDate();
        Instant next = null;
        for (int d = 0; d <= 1; d++) {
            for (LocalTime time : times) {
                Instant t = ZonedDateTime.of(today.plusDays(d), time, OpeningHours.ZONE).toInstant();
                if (t.isAfter(now) && (next == null || t.isBefore(next))) {
                    next = t;
                }
            }
        }
        return next;
    }
}
