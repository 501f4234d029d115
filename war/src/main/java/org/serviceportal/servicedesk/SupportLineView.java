package org.serviceportal.servicedesk;

import java.time.LocalTime;
import java.util.List;

/**
 * A support line as services hand it out, with whether it is open now. A line whose hours come from a
 * calendar names it in {@code hoursCalendar}; its days and times are then the calendar's when they are
 * the same on each open day, else null (the calendar's ranges say it all).
 */
public record SupportLineView(long id, int lineNumber, String nameNl, String nameEn, String whoNl, String whoEn,
        String howNl, String howEn, List<Channel> channels, String phone, String email, boolean freeOfCharge,
        LocalTime opensAt, LocalTime closesAt, String openWeekdays, Boolean openNow, long version,
        String hoursCalendar) implements java.io.Serializable {
}
