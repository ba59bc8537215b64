package org.strands.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.web.util.HtmlUtils;

/** What a user sees beside a field that was wrong: the marked form group, the message with its id, a link in the summary. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Asserts that the field {@code id} shows {@code message} beside it, marked as GOV.UK marks an error, and linked from the summary. */
    public static void assertErrorBeside(String html, String id, String message) {
        String page = HtmlUtils.htmlUnescape(html);
        int error = page.indexOf("id=\"" + id + "-error\"");
        assertThat(error).as("an error message with id %s-error", id).isPositive();
        int group = page.lastIndexOf("class=\"govuk-form-group", error);
        assertThat(page.substring(group, page.indexOf('"', group + 7) + 1)).as("the form group around %s", id)
                .isEqualTo("class=\"govuk-form-group govuk-form-group--error\"");
        String shown = page.substring(error, page.indexOf("</p>", error));
        assertThat(shown).contains("<span class=\"govuk-visually-hidden\">Error:</span>").contains(message);
        assertThat(page).as("the summary links to the field").containsPattern("href=\"#" + id + "(-day|-month|-year)?\">[^<]*"
                + java.util.regex.Pattern.quote(message));
        assertThat(page).as("the field is described by its error").containsPattern("aria-describedby=\"[^\"]*" + id + "-error");
    }

    /** The value attribute of the input {@code id}, as the page shows it again. */
    public static String valueOf(String html, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*id=\"" + java.util.regex.Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("an input with id %s", id).isTrue();
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "";
    }
}
