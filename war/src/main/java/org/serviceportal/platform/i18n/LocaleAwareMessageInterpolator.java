package org.serviceportal.platform.i18n;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Bean Validation messages in the language of the page that triggered them; elsewhere in English,
 * whatever the server's default locale. The API writes its own texts from the bundles in the
 * request's language ({@code platform.error.ConstraintMessages}) and falls back on these only for
 * a constraint the bundles do not know. Registered in {@code META-INF/validation.xml}.
 */
public class LocaleAwareMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate = Validation.byDefaultProvider().configure()
            .getDefaultMessageInterpolator();

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return delegate.interpolate(messageTemplate, context, currentLocale());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return delegate.interpolate(messageTemplate, context, locale);
    }

    private static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            UIViewRoot view = faces.getViewRoot();
            if (view != null && view.getLocale() != null) {
                return view.getLocale();
            }
        }
        return Locale.ENGLISH;
    }
}
