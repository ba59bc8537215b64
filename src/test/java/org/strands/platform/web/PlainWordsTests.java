package org.strands.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainWordsTests {

    @Test
    void aMessageWithRoleConstantsReadsAsThePlainCopy() {
        assertThat(PlainWords.orCopy("This needs one of the roles [COMMISSIONER, SERVICE_LEAD, ADMIN] in Stockport.", "error.403.detail"))
                .isEqualTo("Your role in this area does not allow this. Ask an area administrator if you need it.");
    }

    @Test
    void aMessageWithAJavaNameOrFieldPathReadsAsThePlainCopy() {
        assertThat(PlainWords.orCopy("No enum constant org.strands.provision.PartnerType.CASTLE", "error.400.detail"))
                .startsWith("Something in the web address");
        assertThat(PlainWords.orCopy("localities[0].name is blank", "error.400.detail")).startsWith("Something in the web address");
    }

    @Test
    void aPlainMessageIsKept() {
        assertThat(PlainWords.orCopy("Only an area administrator can add people to Stockport.", "error.403.detail"))
                .isEqualTo("Only an area administrator can add people to Stockport.");
    }
}
