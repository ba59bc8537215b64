package org.strands.place;

/**
 * A small area's children split into age bands: the shares aged 0 to 4, 5 to 10 and 11 to 15, adding up to 1.
 * From the ONS mid-2020 single-year estimates, mapped from 2011 to 2021 small areas.
 */
public record AgeShares(double under5, double from5to10, double from11to15) {

    /** The bands the need model can be shown for. */
    public enum Band {
        ALL("all", "All ages 0 to 15"), UNDER_5("0-4", "Aged 0 to 4"), FROM_5_TO_10("5-10", "Aged 5 to 10"), FROM_11_TO_15("11-15", "Aged 11 to 15");

        private final String code;
        private final String label;

        Band(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<Band> of(String code) {
            return java.util.Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
        }
    }

    public double share(Band band) {
        return switch (band) {
            case ALL -> 1;
            case UNDER_5 -> under5;
            case FROM_5_TO_10 -> from5to10;
            case FROM_11_TO_15 -> from11to15;
        };
    }
}
