package org.serviceportal.faq;

/** A FAQ category as services hand it out. */
public record FaqCategoryView(long id, String code, String nameNl, String nameEn, int sortOrder) implements java.io.Serializable {
}
