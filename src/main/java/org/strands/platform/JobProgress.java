package org.strands.platform;

/** How a running job tells people how far it has got: 0 to 100 per cent, and a sentence saying what it is doing. */
@FunctionalInterface
public interface JobProgress {

    void report(int percent, String message);
}
