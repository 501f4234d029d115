/**
 * The two languages of the portal and everything that turns values into text for a reader.
 *
 * <p>{@link org.serviceportal.platform.i18n.CurrentLanguage} is the page's language and the one
 * bundle look-up ({@code message(language, key, args)}); {@link org.serviceportal.platform.i18n.Formats}
 * ({@code #{times}}) is the one formatting place: percentages, numbers, durations in working days,
 * dates and times (to the minute; the page says the zone once), level names. Pages call it in the
 * page's language; mails, feeds and CSV call its static forms in their reader's language. Message
 * arguments that differ per language are {@link org.serviceportal.platform.i18n.Localized} (a
 * {@link org.serviceportal.platform.i18n.Label} of the bundle, a time). Names no feature.
 */
package org.serviceportal.platform.i18n;
