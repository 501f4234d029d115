package org.serviceportal.webhook;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.i18n.CurrentLanguage;

/**
 * Input a webhook cannot take, with its message key: the API answers 400 with the English text, the
 * admin page shows the text of the reader's language.
 */
public class WebhookInputException extends InvalidInputException {

    private final String key;
    private final String argument;

    public WebhookInputException(String field, String key, String argument) {
        super(field, english(key, argument));
        this.key = key;
        this.argument = argument;
    }

    public String key() {
        return key;
    }

    public String argument() {
        return argument;
    }

    private static String english(String key, String argument) {
        String pattern = ResourceBundle.getBundle(CurrentLanguage.BUNDLE, Locale.ENGLISH,
                WebhookInputException.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {argument});
    }
}
