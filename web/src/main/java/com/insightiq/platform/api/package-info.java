/** What every REST resource shares: the application path, JSON-B settings, the body-size limit and the mapping of every exception to JSON {status, error, message}. Holds no business rules. */
package com.insightiq.platform.api;
