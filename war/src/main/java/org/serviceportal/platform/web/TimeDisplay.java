package org.serviceportal.platform.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.serviceportal.platform.i18n.Formats;

/**
 * Brussels wall-clock time for the date-time inputs of forms. Showing times (and every other
 * number or name) is {@link Formats}' job ({@code #{times.format(i)}}).
 */
public final class TimeDisplay {

    public static final ZoneId ZONE = Formats.ZONE;

    private TimeDisplay() {
    }

    /** An instant as Brussels wall-clock time to the minute, for date-time inputs. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), ZONE);
    }

    /**
     * Brussels wall-clock time as an instant; in the autumn's repeated hour the earlier one (summer
     * time). The stored instant when the input still shows its minute unchanged, so that seconds
     * recorded through the API survive an edit on a page.
     */
    public static Instant instant(LocalDateTime local, Instant stored) {
        if (stored != null && local.equals(local(stored))) {
            return stored;
        }
        return local.atZone(ZONE).toInstant();
    }
}
