package org.serviceportal.platform.error;

import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.Map;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.Language;

/**
 * A Bean Validation complaint in a reader's language, from the portal's bundles: the standard
 * constraints by their name ({@code error.constraint.Size}) with their limits as arguments, a
 * constraint whose template names a key of the bundles by that key. What the bundles do not know
 * keeps the validator's own text.
 */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    static String message(ConstraintViolation<?> violation, Language language) {
        var descriptor = violation.getConstraintDescriptor();
        String template = violation.getMessageTemplate();
        if (descriptor == null || template == null) {
            return violation.getMessage();
        }
        String name = descriptor.getAnnotation().annotationType().getSimpleName();
        boolean standard = template.equals("{jakarta.validation.constraints." + name + ".message}");
        if (!standard) {
            String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                    : null;
            return key != null && CurrentLanguage.has(language, key) ? CurrentLanguage.message(language, key)
                    : violation.getMessage();
        }
        return message(name, descriptor.getAttributes(), language).orElse(violation.getMessage());
    }

    /** The text of a standard constraint with these attributes, if the bundles have it. */
    static java.util.Optional<String> message(String constraint, Map<String, Object> attributes, Language language) {
        String key = "error.constraint." + constraint;
        Object[] args = switch (constraint) {
            case "Size" -> new Object[] {attributes.get("min"), attributes.get("max")};
            case "Min", "Max" -> new Object[] {attributes.get("value")};
            case "DecimalMin", "DecimalMax" -> {
                if (Boolean.FALSE.equals(attributes.get("inclusive"))) {
                    key += ".exclusive";
                }
                yield new Object[] {decimal(attributes.get("value"), language)};
            }
            case "Digits" -> new Object[] {attributes.get("integer"), attributes.get("fraction")};
            default -> new Object[0];
        };
        if ("Size".equals(constraint)) {
            int min = ((Number) attributes.get("min")).intValue();
            int max = ((Number) attributes.get("max")).intValue();
            key += max == Integer.MAX_VALUE ? ".atLeast" : min == 0 ? ".atMost" : "";
        }
        return CurrentLanguage.has(language, key) ? java.util.Optional.of(CurrentLanguage.message(language, key, args))
                : java.util.Optional.empty();
    }

    private static String decimal(Object value, Language language) {
        try {
            return Formats.decimal(new BigDecimal(String.valueOf(value)), language);
        } catch (NumberFormatException e) {
            return String.valueOf(value);
        }
    }
}
