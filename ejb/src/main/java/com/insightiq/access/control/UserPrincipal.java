package com.insightiq.access.control;

import java.io.Serializable;

/** Who is signed in, as Shiro keeps it in the session: ids only, never a managed entity. */
public record UserPrincipal(long userId, String email) implements Serializable {
    @Override
    public String toString() {
        return email;
    }
}
