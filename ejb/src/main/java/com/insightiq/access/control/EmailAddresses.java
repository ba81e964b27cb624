package com.insightiq.access.control;

import java.util.regex.Pattern;

/** The shape an e-mail address must have to become an account: one '@', a dotted domain, no spaces, ≤ 254 chars. */
public final class EmailAddresses {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}$");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && SHAPE.matcher(address).matches();
    }
}
