package org.strands.place;

/**
 * Children identified with speech, language and communication needs in the local authorities an area is in
 * (DfE): EHC plans with SLCN as primary need (January 2025, all ages to 25) beside all EHC plans, and pupils
 * with SLCN as primary need at SEN support or with a plan (early years to Year 6, 2021/22). A figure is null
 * when its file has not been loaded or has no row for the authority.
 */
public record IdentifiedSlcn(String authorities, Integer slcnPlans, Integer ehcPlans, Integer slcnPupils) {
}
