package org.serviceportal.catalog;

import java.util.List;

/** A product as services hand it out: both languages, dependencies by code. */
public record ProductView(long id, String code, String nameNl, String nameEn, String descriptionNl,
        String descriptionEn, int sortOrder, List<String> dependsOnProducts, List<String> dependsOnExternal,
        long version) implements java.io.Serializable {

    public String name(org.serviceportal.platform.i18n.Language language) {
        return language.pick(nameNl, nameEn);
    }

    /** Products and external services this one depends on, by code. */
    public List<String> dependsOn() {
        var all = new java.util.ArrayList<String>(dependsOnProducts);
        all.addAll(dependsOnExternal);
        return List.copyOf(all);
    }
}
