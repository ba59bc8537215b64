package org.strands.place.demo;

import java.util.List;
import org.strands.place.VenueDetails;

/**
 * Real family hubs and libraries of Stockport, as the council names them, for the demo area. Each is placed at its
 * postcode by the venue register. The libraries' postcodes are their own; the two family hubs (the first two, opened
 * at the former Start Well sites on Westmorland Drive, Brinnington and Garners Lane, Adswood) are given the postcode of
 * the primary school near them, close enough for distances shown to 0.1 km.
 */
final class StockportVenues {

    static final List<VenueDetails> ALL = List.of(
            library("Stockport Central Library", "Wellington Road South, Stockport", "SK1 3RS"),
            library("Bramhall Library", "Bramhall Lane South, Bramhall", "SK7 2DU"),
            library("Marple Library", "Memorial Park, Marple", "SK6 6BA"),
            library("Cheadle Library", "Ashfield Road, Cheadle", "SK8 1BB"),
            library("Reddish Library", "Gorton Road, Reddish", "SK5 6UG"),
            library("Hazel Grove Library", "Beech Avenue, Hazel Grove", "SK7 4QP"),
            library("Edgeley Library", "Edgeley Road, Edgeley", "SK3 9NQ"),
            library("Heaton Moor Library", "Thornfield Road, Heaton Moor", "SK4 4JX"),
            hub("Brinnington Family Hub", "Westmorland Drive, Brinnington", "SK5 8HH"),
            hub("Adswood Family Hub", "Garners Lane, Adswood", "SK3 8PQ"));

    private StockportVenues() {
    }

    private static VenueDetails library(String name, String address, String postcode) {
        return new VenueDetails(name, "library", address, postcode, null, null, null);
    }

    private static VenueDetails hub(String name, String address, String postcode) {
        return new VenueDetails(name, "family hub", address, postcode, null, null, null);
    }
}
