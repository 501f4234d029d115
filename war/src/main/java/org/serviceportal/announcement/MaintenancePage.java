package org.serviceportal.announcement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.maintenance.MaintenanceService;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.web.PublicAddress;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.web.TimeDisplay;

/**
 * The public maintenance page: ongoing and upcoming maintenance (90 days ahead) and that of the last
 * 30 days, grouped by the Brussels day it starts, cancelled windows marked; links to the feeds.
 */
@Named
@RequestScoped
public class MaintenancePage {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(90);

    /** The windows that start on one day. */
    public record Day(LocalDate date, String label, List<MaintenanceView> windows) {
    }

    @Inject
    MaintenanceService maintenance;

    @Inject
    ProductService products;

    @Inject
    PublicAddress address;

    @Inject
    CurrentLanguage lang;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    private List<MaintenanceView> windows;
    private List<ProductView> productList;

    /** The product chosen in the filter, or null for all (an unknown code counts as all). */
    public String getProduct() {
        String p = request.getParameter("product");
        return p != null && getProducts().stream().anyMatch(v -> v.code().equals(p)) ? p : null;
    }

    public List<ProductView> getProducts() {
        if (productList == null) {
            productList = products.list();
        }
        return productList;
    }

    public List<Day> getUpcoming() {
        Instant now = clock.instant();
        return days(windows().stream().filter(w -> w.endsAt().isAfter(now)).toList(), false);
    }

    public List<Day> getRecent() {
        Instant now = clock.instant();
        return days(windows().stream().filter(w -> !w.endsAt().isAfter(now)).toList(), true);
    }

    public boolean isOngoing(MaintenanceView w) {
        return !w.isCancelled() && w.isOngoingAt(clock.instant());
    }

    /** The names of a window's products in the page's language. */
    public String productNames(MaintenanceView w) {
        List<String> names = new ArrayList<>();
        for (String code : w.products()) {
            names.add(getProducts().stream().filter(p -> p.code().equals(code)).findFirst()
                    .map(p -> lang.pick(p.nameNl(), p.nameEn())).orElse(code));
        }
        return String.join(", ", names);
    }

    /** The iCalendar address (https), for the chosen product and language. */
    public String getCalendarUrl() {
        return address.here() + "/api/v1/maintenance.ics" + query();
    }

    /** The same address for calendar apps that subscribe ({@code webcal:}). */
    public String getWebcalUrl() {
        return getCalendarUrl().replaceFirst("^https?:", "webcal:");
    }

    public String getAtomUrl() {
        return address.here() + "/api/v1/announcements.atom" + query();
    }

    /** The Atom feed of outage notices, for the chosen product and language. */
    public String getOutagesAtomUrl() {
        return address.here() + "/api/v1/outages.atom" + query();
    }

    private String query() {
        String p = getProduct();
        return "?" + (p == null ? "" : "product=" + p + "&") + "lang=" + lang.getCode();
    }

    private List<MaintenanceView> windows() {
        if (windows == null) {
            Instant now = clock.instant();
            windows = maintenance.overlappingWithCancelled(getProduct(), now.minus(PAST), now.plus(AHEAD));
        }
        return windows;
    }

    private List<Day> days(List<MaintenanceView> list, boolean newestFirst) {
        Comparator<MaintenanceView> order = Comparator.comparing(MaintenanceView::startsAt);
        Map<LocalDate, List<MaintenanceView>> byDay = new LinkedHashMap<>();
        list.stream().sorted(newestFirst ? order.reversed() : order)
                .forEach(w -> byDay.computeIfAbsent(TimeDisplay.local(w.startsAt()).toLocalDate(), d -> new ArrayList<>()).add(w));
        return byDay.entrySet().stream().map(e -> new Day(e.getKey(), Formats.weekday(e.getKey(), lang.getLanguage()), e.getValue())).toList();
    }
}
