package org.strands.platform.database;

/** A role and its password (blank where the server trusts the role without one). */
record DatabaseLogin(String user, String password) {

    DatabaseLogin {
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return user; // never the password
    }
}
