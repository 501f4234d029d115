package org.serviceportal.faq;

/** A FAQ entry as services hand it out: both languages. */
public record FaqEntryView(long id, String categoryCode, String categoryNl, String categoryEn, String questionNl,
        String questionEn, String answerNl, String answerEn, int sortOrder, boolean published, long version) implements java.io.Serializable {
}
