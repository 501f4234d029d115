package org.serviceportal.servicedesk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import org.serviceportal.platform.i18n.CurrentLanguage;

/** The public service-desk page (home) and the escalation page. */
@Named("serviceDesk")
@RequestScoped
public class ServiceDeskPage {

    @Inject
    SupportLineService lines;

    @Inject
    EscalationContactService contacts;

    @Inject
    CurrentLanguage lang;

    private List<SupportLineView> supportLines;
    private List<EscalationContactView> escalationContacts;

    public List<SupportLineView> getLines() {
        if (supportLines == null) {
            supportLines = lines.list();
        }
        return supportLines;
    }

    public List<EscalationContactView> getContacts() {
        if (escalationContacts == null) {
            escalationContacts = contacts.list();
        }
        return escalationContacts;
    }

    /** Whether the first line (helpdesk 1700) is open now. */
    public boolean isHelpdeskOpen() {
        return getLines().stream().filter(l -> l.lineNumber() == 1).findFirst()
                .map(l -> Boolean.TRUE.equals(l.openNow())).orElse(false);
    }

    /** "maandag–vrijdag 09:00–19:00" in the current language. */
    public String hours(SupportLineView line) {
        var days = OpeningHours.parseDays(line.openWeekdays());
        DayOfWeek first = days.stream().min(DayOfWeek::compareTo).orElseThrow();
        DayOfWeek last = days.stream().max(DayOfWeek::compareTo).orElseThrow();
        boolean contiguous = days.size() == last.getValue() - first.getValue() + 1;
        String dayText = contiguous && days.size() > 1
                ? name(first) + "–" + name(last)
                : String.join(", ", days.stream().sorted().map(this::name).toList());
        return lang.text("home.lines.hoursFormat", dayText, line.opensAt().toString(), line.closesAt().toString());
    }

    private String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, lang.getLocale());
    }
}
