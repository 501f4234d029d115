package org.serviceportal.servicedesk;

import java.time.LocalTime;
import java.util.List;

/** A support line as services hand it out, with whether it is open now. */
public record SupportLineView(long id, int lineNumber, String nameNl, String nameEn, String whoNl, String whoEn,
        String howNl, String howEn, List<Channel> channels, String phone, String email, boolean freeOfCharge,
        LocalTime opensAt, LocalTime closesAt, String openWeekdays, Boolean openNow, long version) implements java.io.Serializable {
}
