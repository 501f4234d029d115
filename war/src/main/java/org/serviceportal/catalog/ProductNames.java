package org.serviceportal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;

/**
 * Products (and external services) by name in the reader's language, never by code: pages use
 * {@code #{productNames.of(codes)}}, feeds and mails {@link #in(Language)} once and then look up
 * as many codes as they need. A code that names nothing (any more) is shown as it is.
 */
@Named("productNames")
@ApplicationScoped
public class ProductNames {

    @Inject
    ProductService products;

    @Inject
    CurrentLanguage lang;

    /** The names of every product and external service in one language, read once. */
    public record Names(Map<String, String> byCode) {

        /** The name of one product or external service. */
        public String name(String code) {
            return byCode.getOrDefault(code, code);
        }

        /** The names of products joined with commas, in the order given. */
        public String of(Collection<String> codes) {
            return codes == null ? "" : codes.stream().map(this::name).collect(Collectors.joining(", "));
        }
    }

    /** The names in the given language. */
    public Names in(Language language) {
        Map<String, String> names = new HashMap<>();
        products.externalServices().forEach(e -> names.put(e.code(), language.pick(e.nameNl(), e.nameEn())));
        products.list().forEach(p -> names.put(p.code(), p.name(language)));
        return new Names(Map.copyOf(names));
    }

    /** The name of one product or external service in the page's language. */
    public String name(String code) {
        return in(lang.getLanguage()).name(code);
    }

    /** The names of products in the page's language, joined with commas, in the order given. */
    public String of(Collection<String> codes) {
        return codes == null || codes.isEmpty() ? "" : in(lang.getLanguage()).of(codes);
    }
}
