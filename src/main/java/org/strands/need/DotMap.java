package org.strands.need;

import java.util.List;

/**
 * Settings placed by their coordinates on a plain drawing (no map tiles): longitude and latitude scaled
 * to fit, with longitude shortened by the cosine of the latitude so that distances look right.
 */
public record DotMap(int width, int height, List<Dot> dots) {

    /** A setting's position on the drawing and the radius that shows its need. */
    public record Dot(String ref, String name, double x, double y, double radius, double targeted) {
    }

    public static DotMap of(List<SettingNeed> settings, int width) {
        List<SettingNeed> placed = settings.stream().filter(s -> s.latitude() != null && s.longitude() != null && s.targeted() != null).toList();
        if (placed.isEmpty()) {
            return new DotMap(width, width / 2, List.of());
        }
        double minLat = placed.stream().mapToDouble(SettingNeed::latitude).min().orElseThrow();
        double maxLat = placed.stream().mapToDouble(SettingNeed::latitude).max().orElseThrow();
        double minLon = placed.stream().mapToDouble(SettingNeed::longitude).min().orElseThrow();
        double maxLon = placed.stream().mapToDouble(SettingNeed::longitude).max().orElseThrow();
        double squash = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * squash, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double margin = 20;
        double scale = (width - 2 * margin) / spanX;
        int height = (int) Math.ceil(spanY * scale + 2 * margin);
        double most = placed.stream().mapToDouble(SettingNeed::targeted).max().orElse(1);
        List<Dot> dots = placed.stream().map(s -> new Dot(s.ref(), s.name(),
                margin + (s.longitude() - minLon) * squash * scale,
                margin + (maxLat - s.latitude()) * scale,
                2 + 10 * Math.sqrt(s.targeted() / Math.max(most, 1e-9)), s.targeted())).toList();
        return new DotMap(width, height, dots);
    }
}
