package org.serviceportal.catalog;

/** An external service as services hand it out. */
public record ExternalServiceView(long id, String code, String nameNl, String nameEn, String descriptionNl,
        String descriptionEn, long version) implements java.io.Serializable {
}
