package org.strands.directory.web.oruk;

/** A query parameter of the feed whose value cannot be used: answered 400, naming it. */
class BadParameter extends RuntimeException {

    private final String parameter;

    BadParameter(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
