/**
 * Reaching tenants' databases: the driver SPI with one driver per engine (URL, properties, TLS, dialect, catalog reads,
 * failure explanations), validation of what people enter, the host policy, sealed secrets, SSH tunnels and bounded
 * pools. Nothing here checks tenant membership or permissions — boundaries do — user-supplied text never reaches a URL
 * or an unquoted identifier, and no plaintext secret outlives the moment of connecting.
 */
package com.insightiq.connection.control;
