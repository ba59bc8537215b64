package org.strands.provision;

/** The kind of organisation a partner is. */
public enum PartnerType implements Choice {
    NHS_TRUST("NHS trust"),
    LOCAL_AUTHORITY("Local authority team"),
    SCHOOL_OR_SETTING("School or setting"),
    EARLY_YEARS("Early years"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    OTHER("Other");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
