package org.strands.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The product's words from the message bundles ({@code messages/*.properties}), in British English: plurals
 * with {@code {0,choice,…}} patterns and numbers with thousands separators. For code that writes copy outside a
 * page (summaries of refused imports, problem details); pages use {@code #{…}} on the same bundles, because the
 * application's {@code MessageSource} is this one ({@link #messages()}).
 */
public final class Copy {

    /** The one locale of the product's words and numbers. */
    public static final Locale LOCALE = Locale.UK;

    static final String[] BUNDLES = {"messages/platform", "messages/framework", "messages/place", "messages/provision",
        "messages/need", "messages/linking", "messages/access", "messages/journey", "messages/journey-family", "messages/impact", "messages/followup",
        "messages/directory", "messages/directory-feedback", "messages/accreditation", "messages/accreditation-setting",
        "messages/accreditation-review", "messages/accreditation-area"};

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames(BUNDLES);
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        MESSAGES.setAlwaysUseMessageFormat(true);
    }

    private Copy() {
    }

    /** The one source of the product's words, for Spring (pages, {@code MessageSource} beans) as for this class. */
    public static MessageSource messages() {
        return MESSAGES;
    }

    /** The message of the code with its arguments, for example {@code of("count.errors", 16)} is "16 errors". */
    public static String of(String code, Object... args) {
        return MESSAGES.getMessage(code, args, LOCALE);
    }
}
