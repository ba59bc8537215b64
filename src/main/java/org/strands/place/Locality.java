package org.strands.place;

import java.util.List;

/** A named group of wards within an area. */
public record Locality(long id, String name, List<Ward> wards) {

    public record Ward(String code, String name) {
    }
}
