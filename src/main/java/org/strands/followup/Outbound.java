package org.strands.followup;

import java.util.UUID;

/**
 * One message to one family. It says only a greeting, the area's name and two links (to answer, to stop the
 * messages): never the child's name or anything about their health.
 *
 * @param reference ours, unique per message and the same on every attempt; Notify keeps it, SMTP sends it as the Message-ID
 * @param reminder whether the family was asked before and has not answered
 */
record Outbound(UUID reference, Channel channel, String address, String greeting, String areaName, String answerLink,
        String withdrawLink, boolean reminder) {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** As kept (sealed) with the message, so that a message sent again is the same message. */
    String write() {
        return JSON.writeValueAsString(this);
    }

    static Outbound read(String json) {
        return JSON.readValue(json, Outbound.class);
    }
}
