package org.serviceportal.servicedesk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.serviceportal.platform.web.FormActions;

/** Admin page: the four support lines, their channels and hours (administrators). */
@Named
@ViewScoped
public class EditSupportLines implements Serializable {

    /** The form's fields; channels by enum name, since a generic list loses its element type in Faces. */
    public static class Form implements Serializable {
        public long id;
        public int lineNumber;
        public long version;
        public String nameNl;
        public String nameEn;
        public String whoNl;
        public String whoEn;
        public String howNl;
        public String howEn;
        public List<String> channels = new ArrayList<>();
        public String phone;
        public String email;
        public boolean freeOfCharge;
        public LocalTime opensAt;
        public LocalTime closesAt;
        public String openWeekdays;
        /** The calendar the line's hours come from (edited on the calendars page), or null. */
        public String hoursCalendar;

        public String getHoursCalendar() { return hoursCalendar; }

        public int getLineNumber() { return lineNumber; }
        public String getNameNl() { return nameNl; }
        public void setNameNl(String v) { nameNl = v; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String v) { nameEn = v; }
        public String getWhoNl() { return whoNl; }
        public void setWhoNl(String v) { whoNl = v; }
        public String getWhoEn() { return whoEn; }
        public void setWhoEn(String v) { whoEn = v; }
        public String getHowNl() { return howNl; }
        public void setHowNl(String v) { howNl = v; }
        public String getHowEn() { return howEn; }
        public void setHowEn(String v) { howEn = v; }
        public List<String> getChannels() { return channels; }
        public void setChannels(List<String> v) { channels = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public boolean isFreeOfCharge() { return freeOfCharge; }
        public void setFreeOfCharge(boolean v) { freeOfCharge = v; }
        public LocalTime getOpensAt() { return opensAt; }
        public void setOpensAt(LocalTime v) { opensAt = v; }
        public LocalTime getClosesAt() { return closesAt; }
        public void setClosesAt(LocalTime v) { closesAt = v; }
        public String getOpenWeekdays() { return openWeekdays; }
        public void setOpenWeekdays(String v) { openWeekdays = v; }
    }

    @Inject
    SupportLineService lines;

    @Inject
    FormActions actions;

    private List<SupportLineView> list;
    private Form form;

    public List<SupportLineView> getLines() {
        if (list == null) {
            list = lines.list();
        }
        return list;
    }

    public Channel[] getAllChannels() {
        return Channel.values();
    }

    public Form getForm() {
        return form;
    }

    public void edit(SupportLineView l) {
        form = new Form();
        form.id = l.id();
        form.lineNumber = l.lineNumber();
        form.version = l.version();
        form.nameNl = l.nameNl();
        form.nameEn = l.nameEn();
        form.whoNl = l.whoNl();
        form.whoEn = l.whoEn();
        form.howNl = l.howNl();
        form.howEn = l.howEn();
        form.channels = new ArrayList<>(l.channels().stream().map(Channel::name).toList());
        form.phone = l.phone();
        form.email = l.email();
        form.freeOfCharge = l.freeOfCharge();
        form.opensAt = l.opensAt();
        form.closesAt = l.closesAt();
        form.openWeekdays = l.openWeekdays();
        form.hoursCalendar = l.hoursCalendar();
        if (l.hoursCalendar() != null) {
            form.opensAt = null;
            form.closesAt = null;
            form.openWeekdays = null;
        }
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        if (form.channels.isEmpty()) {
            actions.reject("admin.lines.channelsRequired");
            return;
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        form.channels.forEach(c -> channels.add(Channel.valueOf(c)));
        var change = new SupportLineService.SupportLineChange(form.nameNl, form.nameEn, form.whoNl, form.whoEn,
                form.howNl, form.howEn, channels, form.phone, form.email, form.freeOfCharge, form.opensAt,
                form.closesAt, form.openWeekdays, form.version);
        if (actions.run(() -> lines.update(form.id, change), "admin.message.saved")) {
            form = null;
            list = null;
        }
    }
}
