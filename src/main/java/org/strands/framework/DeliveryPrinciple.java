package org.strands.framework;

/** One of the five core delivery principles. */
public record DeliveryPrinciple(int number, String name, String summary) {
}
