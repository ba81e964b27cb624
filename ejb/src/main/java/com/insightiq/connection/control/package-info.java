/**
 * Reaching tenants' databases: the driver SPI and one driver per engine (URL, properties, TLS, SQL dialect, catalog
 * reading, explaining failures), validation of what people enter, the host policy, sealed secrets, SSH tunnels and
 * bounded pools. Nothing here checks tenant membership or permissions — boundaries do — nothing here may hand out a
 * plaintext secret beyond the moment of connecting, and user-supplied text never reaches a URL or an unquoted
 * identifier.
 */
package com.insightiq.connection.control;
