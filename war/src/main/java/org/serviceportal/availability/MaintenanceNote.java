package org.serviceportal.availability;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.ResourceBundle;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.maintenance.Planning;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;

/**
 * A maintenance window a report figure must explain: planned, but left out only because it was
 * recorded afterwards, or counted as unplanned because it was not announced in time.
 * {@code hoursAhead} is how many whole hours before its start it was recorded as planned;
 * {@code noticeHours} how many it needed.
 */
public record MaintenanceNote(long windowId, Instant startsAt, Instant endsAt, String titleNl, String titleEn,
        Planning planning, long hoursAhead, long noticeHours) implements java.io.Serializable {

    static MaintenanceNote of(MaintenanceView m, long noticeHours) {
        return new MaintenanceNote(m.id(), m.startsAt(), m.endsAt(), m.title().nl(), m.title().en(), m.planning(),
                m.hoursAnnouncedAhead(), noticeHours);
    }

    /** Whether the window was left out of the figure (as planned maintenance); else it counted as downtime. */
    public boolean excluded() {
        return planning.countsAsPlanned();
    }

    /** Why the window counts as it does, in the language ("recorded afterwards", "announced too late: 2 hours before"). */
    public String reason(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(CurrentLanguage.BUNDLE, language.locale(),
                MaintenanceNote.class.getClassLoader());
        return new MessageFormat(bundle.getString("report.note." + planning.name()), language.locale())
                .format(new Object[] {hoursAhead, noticeHours});
    }
}
