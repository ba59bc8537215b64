package org.strands.place;

/**
 * A grid reference in metres turned into latitude and longitude: the inverse transverse Mercator projection of the
 * Ordnance Survey (OSGB36 National Grid on the Airy 1830 ellipsoid, or the Irish Grid on Airy 1830 modified), then a
 * Helmert shift of the datum to WGS84. It agrees with the latitude and longitude GIAS gives Stockport's schools to
 * under a centimetre; against the Ordnance Survey's exact transformation (OSTN15) a Helmert shift is out by up to
 * about 5 metres, far less than the 100 metres a distance shown to 0.1 km could notice.
 */
enum GridReference {

    NATIONAL_GRID(6_377_563.396, 6_356_256.909, 0.9996012717, 49, -2, 400_000, -100_000,
            446.448, -125.157, 542.060, 0.1502, 0.2470, 0.8421, -20.4894),
    IRISH_GRID(6_377_340.189, 6_356_034.447, 1.000035, 53.5, -8, 200_000, 250_000,
            482.530, -130.596, 564.557, -1.042, -0.214, -0.631, 8.15);

    private static final double WGS84_A = 6_378_137.0;
    private static final double WGS84_B = 6_356_752.3142;

    private final double a;
    private final double b;
    private final double f0;
    private final double lat0;
    private final double lon0;
    private final double e0;
    private final double n0;
    private final double[] helmert;

    GridReference(double a, double b, double f0, double lat0, double lon0, double e0, double n0, double... helmert) {
        this.a = a;
        this.b = b;
        this.f0 = f0;
        this.lat0 = Math.toRadians(lat0);
        this.lon0 = Math.toRadians(lon0);
        this.e0 = e0;
        this.n0 = n0;
        this.helmert = helmert;
    }

    /** The grid a postcode's reference is on: the Irish Grid in Northern Ireland (BT postcodes), else the National Grid. */
    static GridReference of(String postcode) {
        return postcode.startsWith("BT") ? IRISH_GRID : NATIONAL_GRID;
    }

    Location toLocation(double easting, double northing) {
        double[] local = inverseProjection(easting, northing);
        return toWgs84(local[0], local[1]);
    }

    /** Latitude and longitude in radians on the grid's own ellipsoid (Ordnance Survey, "A guide to coordinate systems", C.2). */
    private double[] inverseProjection(double easting, double northing) {
        double n = (a - b) / (a + b);
        double e2 = 1 - (b * b) / (a * a);
        double lat = lat0;
        double m = 0;
        do {
            lat = (northing - n0 - m) / (a * f0) + lat;
            m = meridionalArc(lat, n);
        } while (Math.abs(northing - n0 - m) >= 0.00001);
        double sin = Math.sin(lat);
        double cos = Math.cos(lat);
        double tan = Math.tan(lat);
        double nu = a * f0 / Math.sqrt(1 - e2 * sin * sin);
        double rho = a * f0 * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        double eta2 = nu / rho - 1;
        double sec = 1 / cos;
        double vii = tan / (2 * rho * nu);
        double viii = tan / (24 * rho * Math.pow(nu, 3)) * (5 + 3 * tan * tan + eta2 - 9 * tan * tan * eta2);
        double ix = tan / (720 * rho * Math.pow(nu, 5)) * (61 + 90 * tan * tan + 45 * Math.pow(tan, 4));
        double x = sec / nu;
        double xi = sec / (6 * Math.pow(nu, 3)) * (nu / rho + 2 * tan * tan);
        double xii = sec / (120 * Math.pow(nu, 5)) * (5 + 28 * tan * tan + 24 * Math.pow(tan, 4));
        double xiia = sec / (5040 * Math.pow(nu, 7)) * (61 + 662 * tan * tan + 1320 * Math.pow(tan, 4) + 720 * Math.pow(tan, 6));
        double de = easting - e0;
        return new double[] {
            lat - vii * de * de + viii * Math.pow(de, 4) - ix * Math.pow(de, 6),
            lon0 + x * de - xi * Math.pow(de, 3) + xii * Math.pow(de, 5) - xiia * Math.pow(de, 7)};
    }

    private double meridionalArc(double lat, double n) {
        double dLat = lat - lat0;
        double sLat = lat + lat0;
        return b * f0 * ((1 + n + 5.0 / 4 * n * n + 5.0 / 4 * n * n * n) * dLat
                - (3 * n + 3 * n * n + 21.0 / 8 * n * n * n) * Math.sin(dLat) * Math.cos(sLat)
                + (15.0 / 8 * n * n + 15.0 / 8 * n * n * n) * Math.sin(2 * dLat) * Math.cos(2 * sLat)
                - 35.0 / 24 * n * n * n * Math.sin(3 * dLat) * Math.cos(3 * sLat));
    }

    /** From the grid's ellipsoid to WGS84, through cartesian coordinates and a seven-parameter Helmert shift. */
    private Location toWgs84(double lat, double lon) {
        double e2 = 1 - (b * b) / (a * a);
        double nu = a / Math.sqrt(1 - e2 * Math.sin(lat) * Math.sin(lat));
        double x1 = nu * Math.cos(lat) * Math.cos(lon);
        double y1 = nu * Math.cos(lat) * Math.sin(lon);
        double z1 = (1 - e2) * nu * Math.sin(lat);
        double tx = helmert[0];
        double ty = helmert[1];
        double tz = helmert[2];
        double rx = Math.toRadians(helmert[3] / 3600);
        double ry = Math.toRadians(helmert[4] / 3600);
        double rz = Math.toRadians(helmert[5] / 3600);
        double s = 1 + helmert[6] / 1e6;
        double x2 = tx + s * x1 - rz * y1 + ry * z1;
        double y2 = ty + rz * x1 + s * y1 - rx * z1;
        double z2 = tz - ry * x1 + rx * y1 + s * z1;
        double e2w = 1 - (WGS84_B * WGS84_B) / (WGS84_A * WGS84_A);
        double p = Math.sqrt(x2 * x2 + y2 * y2);
        double phi = Math.atan2(z2, p * (1 - e2w));
        for (int i = 0; i < 10; i++) {
            double nuW = WGS84_A / Math.sqrt(1 - e2w * Math.sin(phi) * Math.sin(phi));
            phi = Math.atan2(z2 + e2w * nuW * Math.sin(phi), p);
        }
        return new Location(Math.toDegrees(phi), Math.toDegrees(Math.atan2(y2, x2)));
    }
}
