package org.strands.impact;

/**
 * The 95% confidence interval of a mean: mean ± t(0.975, n − 1) × sd / √n, with Student's t quantile from a table
 * for up to 30 degrees of freedom and, beyond, the normal quantile 1.96 corrected for the degrees of freedom.
 */
record ConfidenceInterval(double low, double high) {

    /** t(0.975, df) for df = 1 … 30. */
    private static final double[] T = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    static double t975(long df) {
        if (df < 1) {
            throw new IllegalArgumentException("A t quantile needs at least one degree of freedom.");
        }
        if (df <= 30) {
            return T[(int) df - 1];
        }
        // Cornish–Fisher expansion about the normal quantile: within 0.001 of the table from 30 on, 1.96 for large n
        double z = 1.96;
        double z3 = z * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96.0 * df * df);
    }

    /** The interval of the mean of {@code n} values with sample standard deviation {@code sd}; null for fewer than 2. */
    static ConfidenceInterval of(double mean, double sd, long n) {
        if (n < 2) {
            return null;
        }
        double half = t975(n - 1) * sd / Math.sqrt(n);
        return new ConfidenceInterval(mean - half, mean + half);
    }
}
