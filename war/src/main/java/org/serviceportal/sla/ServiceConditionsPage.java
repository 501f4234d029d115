package org.serviceportal.sla;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.serviceportal.calendar.CalendarService;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;

/** The public service conditions page: the availability targets as they apply today. */
@Named
@RequestScoped
public class ServiceConditionsPage {

    @Inject
    SlaTargetService targets;

    @Inject
    ProductService products;

    @Inject
    CalendarService calendars;

    private List<SlaTargetView> all;

    public List<ProductView> getProducts() {
        return products.list();
    }

    /** The service windows that have at least one target, in calendar order. */
    public List<CalendarService.CalendarView> getCalendars() {
        var used = all().stream().map(SlaTargetView::calendar).distinct().toList();
        return calendars.list().stream().filter(c -> used.contains(c.code())).toList();
    }

    /** The target, or null when the product has none in this window. */
    public BigDecimal target(String product, String calendar) {
        return all().stream().filter(t -> t.product().equals(product) && t.calendar().equals(calendar))
                .map(SlaTargetView::availabilityPercent).findFirst().orElse(null);
    }

    private List<SlaTargetView> all() {
        if (all == null) {
            all = targets.list();
        }
        return all;
    }
}
