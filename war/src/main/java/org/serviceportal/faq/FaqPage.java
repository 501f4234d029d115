package org.serviceportal.faq;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.serviceportal.platform.i18n.CurrentLanguage;

/** The public FAQ page: categories, search, entries grouped by category. */
@Named
@RequestScoped
public class FaqPage {

    /** A category with its entries, as the page lists them. */
    public record Group(String code, String name, List<FaqEntryView> entries) {
    }

    @Inject
    FaqService faq;

    @Inject
    CurrentLanguage lang;

    private String query;
    private String category;
    private List<Group> groups;
    private int count;

    public List<FaqCategoryView> getCategories() {
        return faq.categories();
    }

    public List<Group> getGroups() {
        if (groups == null) {
            var byCategory = new LinkedHashMap<String, Group>();
            count = 0;
            for (FaqEntryView e : faq.published(lang.getLanguage(), query)) {
                if (category != null && !category.isBlank() && !category.equals(e.categoryCode())) {
                    continue;
                }
                byCategory.computeIfAbsent(e.categoryCode(),
                        c -> new Group(c, lang.pick(e.categoryNl(), e.categoryEn()), new ArrayList<>())).entries().add(e);
                count++;
            }
            groups = List.copyOf(byCategory.values());
        }
        return groups;
    }

    public String getResultText() {
        getGroups();
        if (query == null || query.isBlank()) {
            return lang.text("faq.count", count);
        }
        return lang.text("faq.found", count, query.strip());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
