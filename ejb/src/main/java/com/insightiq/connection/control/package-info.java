/**
 * Reaching tenants' databases: the driver SPI and its engines, validation of what people enter, the host policy,
 * sealed secrets, SSH tunnels and bounded pools. Nothing here checks tenant membership or permissions — boundaries do —
 * and nothing here may hand out a plaintext secret beyond the moment of connecting.
 */
package com.insightiq.connection.control;
