package org.serviceportal.status;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.serviceportal.availability.OutageView;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.i18n.CurrentLanguage;

/**
 * The words the public pages use for outage notices ({@code #{notices}}), in the page's language:
 * product names instead of codes, an outage's title (its own, or one made of the product and the
 * severity, as the banner makes it), how long something lasted.
 */
@Named("notices")
@RequestScoped
public class Notices {

    @Inject
    CurrentLanguage lang;

    @Inject
    ProductService products;

    private Map<String, ProductView> byCode;

    /** A product's name in the page's language; its code when it is not known. */
    public String productName(String code) {
        if (byCode == null) {
            byCode = products.list().stream().collect(Collectors.toMap(ProductView::code, Function.identity()));
        }
        ProductView p = byCode.get(code);
        return p == null ? code : lang.pick(p.nameNl(), p.nameEn());
    }

    /** Products' names as a sentence lists them: "A, B en C". */
    public String productNames(List<String> codes) {
        return join(codes.stream().map(this::productName).toList());
    }

    /** Names as a sentence lists them, in the page's language. */
    public String join(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        String head = String.join(", ", names.subList(0, names.size() - 1));
        return lang.text("notices.join", head, names.getLast());
    }

    /** The outage's public title in the page's language, or one made of its product and severity. */
    public String title(OutageView o) {
        if (o.title() != null) {
            return lang.pick(o.title().nl(), o.title().en());
        }
        return lang.text("banner.outage.title." + o.severity().name(), productName(o.product()));
    }

    /** How long from {@code from} to {@code to}, in days, hours and minutes ("2 uur 5 minuten"). */
    public String duration(Instant from, Instant to) {
        return duration(Duration.between(from, to));
    }

    String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(lang.text("notices.duration.days", days));
        }
        if (hours > 0) {
            parts.add(lang.text("notices.duration.hours", hours));
        }
        if (rest > 0 || parts.isEmpty()) {
            parts.add(lang.text("notices.duration.minutes", rest));
        }
        return String.join(" ", parts);
    }
}
