package org.strands.provision;

/** Whether an entry records something provided or a known gap, recorded deliberately. */
public enum EntryKind implements Choice {
    PROVISION("Provision"),
    GAP("Gap");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
