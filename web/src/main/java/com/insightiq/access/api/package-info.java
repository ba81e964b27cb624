/** REST for sessions, the caller's account, members and password resets, plus the Shiro realm and the bearer-token filter. Resources only translate HTTP to boundary calls. */
package com.insightiq.access.api;
