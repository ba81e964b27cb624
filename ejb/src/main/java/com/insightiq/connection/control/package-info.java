/**
 * The connection SPI and one driver per engine: how to reach a tenant's database (URL, properties, TLS), how to speak
 * its SQL dialect and read its catalog, and how to explain its failures. Never holds connections or state: pools and
 * tunnels live elsewhere, and user-supplied text never reaches a URL or an unquoted identifier.
 */
package com.insightiq.connection.control;
