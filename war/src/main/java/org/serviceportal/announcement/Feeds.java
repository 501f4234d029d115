package org.serviceportal.announcement;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.ResourceBundle;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageView;
import org.serviceportal.catalog.ProductNames;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.config.PortalSettings;
import org.serviceportal.platform.web.PublicAddress;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.i18n.Formats;

/**
 * The feeds others subscribe to: maintenance as an iCalendar (RFC 5545) and status changes and
 * announcements as Atom (RFC 4287). Built with ical4j and ROME; cancelled maintenance stays in
 * both, marked as cancelled, so that calendars that hold it drop it.
 */
@ApplicationScoped
public class Feeds {

    /** How far back and ahead the feeds reach. */
    static final Duration PAST = Duration.ofDays(90);
    static final Duration AHEAD = Duration.ofDays(365);
    static final Duration OUTAGES_PAST = Duration.ofDays(30);

    @Inject
    MaintenanceService maintenance;

    @Inject
    OutageService outages;

    @Inject
    ProductService products;

    @Inject
    PortalSettings settings;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;

    @Inject
    ProductNames productNames;

    /** The stable UID of a window: the same in every download, whatever changes. */
    String uid(long windowId) {
        return "maintenance-" + windowId + "@" + Feeds.host(settings.configuredBaseUrl().orElse("http://localhost"));
    }

    /** Maintenance of one product (or all) from 90 days ago to a year ahead, as an iCalendar. */
    public String calendar(String product, Language language) {
        Instant now = clock.instant();
        ResourceBundle bundle = bundle(language);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Service portal//Maintenance//" + language.code().toUpperCase(java.util.Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", bundle.getString("calendar.name")));
        for (MaintenanceView w : maintenance.overlappingWithCancelled(product, now.minus(PAST), now.plus(AHEAD))) {
            VEvent event = new VEvent(w.startsAt(), w.endsAt(), language.pick(w.title().nl(), w.title().en()));
            event.add(new Uid(uid(w.id())));
            event.add(new Sequence(w.sequence()));
            event.replace(new DtStamp(w.changedAt()));
            event.add(new LastModified(w.changedAt()));
            event.add(w.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            String message = language.pick(w.message().nl(), w.message().en());
            if (message != null) {
                event.add(new Description(message));
            }
            event.add(new Categories(String.join(",", w.products())));
            event.add(new Url(URI.create(address.here() + "/public/maintenance.xhtml")));
            calendar.add(event);
        }
        return calendar.toString();
    }

    /** Maintenance announcements and outages (started, ended) of one product or all, newest first, as Atom. */
    public String atom(String product, Language language) {
        Instant now = clock.instant();
        ResourceBundle bundle = bundle(language);
        String base = address.here();
        ProductNames.Names names = productNames.in(language);
        List<SyndEntry> entries = new ArrayList<>();
        for (MaintenanceView w : maintenance.overlappingWithCancelled(product, now.minus(PAST), now.plus(AHEAD))) {
            String title = language.pick(w.title().nl(), w.title().en());
            SyndEntry e = entry("maintenance-" + w.id() + "-" + w.sequence(),
                    maintenanceTitle(bundle, language, title, w.isCancelled()),
                    base + "/public/maintenance.xhtml", w.changedAt());
            String message = language.pick(w.message().nl(), w.message().en());
            String when = format(bundle, "feed.maintenance.when", language, Formats.dateTime(w.startsAt(), language),
                    Formats.dateTime(w.endsAt(), language), names.of(w.products()));
            e.setDescription(text(message == null ? when : message + "\n\n" + when));
            entries.add(e);
        }
        for (OutageView o : outages.overlapping(product, now.minus(OUTAGES_PAST), now.plusMillis(1))) {
            SyndEntry started = entry("outage-" + o.id() + "-started",
                    format(bundle, "feed.outage.started", language, names.name(o.product())),
                    base + "/public/status.xhtml", o.startedAt());
            started.setDescription(text(format(bundle, "feed.outage.text", language,
                    Formats.label("severity", o.severity(), language), Formats.dateTime(o.startedAt(), language))));
            entries.add(started);
            if (o.endedAt() != null && !o.endedAt().isAfter(now)) {
                SyndEntry ended = entry("outage-" + o.id() + "-ended",
                        format(bundle, "feed.outage.ended", language, names.name(o.product())),
                        base + "/public/status.xhtml", o.endedAt());
                ended.setDescription(text(format(bundle, "feed.outage.endedText", language,
                        Formats.label("severity", o.severity(), language), Formats.dateTime(o.startedAt(), language),
                        Formats.dateTime(o.endedAt(), language))));
                entries.add(ended);
            }
        }
        return feed(bundle.getString("feed.title"), base, "/api/v1/announcements.atom", base + "/public/maintenance.xhtml",
                product, language, bundle, entries, now);
    }

    /**
     * Outages of one product or all, one entry per outage (ongoing, or ended in the last 30 days),
     * newest change first, as Atom: an entry keeps its id while the outage goes on and is updated
     * when it changes (resolved); titles and texts in the feed's language, with product names.
     */
    public String outagesAtom(String product, Language language) {
        Instant now = clock.instant();
        ResourceBundle bundle = bundle(language);
        String base = address.here();
        String statusPage = base + "/public/status.xhtml?lang=" + language.code();
        List<SyndEntry> entries = new ArrayList<>();
        for (OutageView o : outages.overlapping(product, now.minus(OUTAGES_PAST), now.plusMillis(1))) {
            String name = products.find(o.product()).map(p -> p.name(language)).orElse(o.product());
            boolean ended = o.endedAt() != null && !o.endedAt().isAfter(now);
            // updated when it changes: it ends, or its notice gets an update
            Instant updated = ended ? o.endedAt() : o.startedAt();
            var latest = o.getLatestUpdate();
            if (latest != null && latest.at().isAfter(updated)) {
                updated = latest.at();
            }
            SyndEntry e = entry("outage-" + o.id(),
                    format(bundle, ended ? "feed.outages.resolved" : "feed.outages.ongoing", language, name), statusPage, updated);
            e.setPublishedDate(Date.from(o.startedAt()));
            String severity = bundle.getString("severity." + o.severity().name());
            String facts = ended
                    ? format(bundle, "feed.outages.endedText", language, severity, Formats.dateTime(o.startedAt(), language), Formats.dateTime(o.endedAt(), language))
                    : format(bundle, "feed.outages.text", language, severity, Formats.dateTime(o.startedAt(), language));
            String title = o.title() == null ? null : language.pick(o.title().nl(), o.title().en());
            String news = latest == null || latest.message() == null ? null
                    : language.pick(latest.message().nl(), latest.message().en());
            e.setDescription(text((title == null ? "" : title + "\n\n") + (news == null || news.isBlank() ? "" : news + "\n\n") + facts));
            SyndCategoryImpl category = new SyndCategoryImpl();
            category.setName(o.product());
            category.setLabel(name);
            e.setCategories(List.of(category));
            entries.add(e);
        }
        return feed(bundle.getString("feed.outages.title"), base, "/api/v1/outages.atom", statusPage, product, language,
                bundle, entries, now);
    }

    private static String feed(String title, String base, String path, String alternateHref, String product, Language language,
            ResourceBundle bundle, List<SyndEntry> entries, Instant now) {
        entries.sort(Comparator.comparing(SyndEntry::getUpdatedDate).reversed());

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(base + path + (product == null ? "" : "?product=" + product));
        feed.setLanguage(language.code());
        SyndPerson author = new SyndPersonImpl();
        author.setName(bundle.getString("app.name"));
        author.setUri(base + "/");
        feed.setAuthors(List.of(author));
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(feed.getUri() + (product == null ? "?" : "&") + "lang=" + language.code());
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(alternateHref);
        feed.setLinks(List.of(self, alternate));
        // a feed's updated is its newest entry's; an empty feed was last right now
        feed.setPublishedDate(entries.isEmpty() ? Date.from(now) : entries.get(0).getUpdatedDate());
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * "Onderhoud: Certificaten vernieuwen", but not "Onderhoud: Onderhoud gebruikersbeheer": a title
     * that says it is maintenance already is not told so again.
     */
    static String maintenanceTitle(ResourceBundle bundle, Language language, String title, boolean cancelled) {
        boolean saysIt = title.toLowerCase(language.locale())
                .contains(bundle.getString("feed.maintenance.word").toLowerCase(language.locale()));
        String key = cancelled ? (saysIt ? "feed.maintenance.cancelledShort" : "feed.maintenance.cancelledTitle")
                : (saysIt ? null : "feed.maintenance.title");
        return key == null ? title : format(bundle, key, language, title);
    }

    private static SyndEntry entry(String id, String title, String link, Instant updated) {
        SyndEntry e = new SyndEntryImpl();
        e.setUri("urn:service-portal:" + id);
        e.setTitle(title);
        e.setLink(link);
        e.setUpdatedDate(Date.from(updated));
        e.setPublishedDate(Date.from(updated));
        return e;
    }

    private static SyndContent text(String value) {
        SyndContent c = new SyndContentImpl();
        c.setType("text/plain");
        c.setValue(value);
        return c;
    }

    private static String format(ResourceBundle bundle, String key, Language language, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(CurrentLanguage.BUNDLE, language.locale(), Feeds.class.getClassLoader());
    }

    static String host(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "localhost" : host;
    }
}
