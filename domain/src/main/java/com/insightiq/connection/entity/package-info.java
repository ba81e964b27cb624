/**
 * The tenant's connected databases as stored in its schema. Secrets exist here only as ciphertext; sealing and
 * unsealing belong to the connection controls, never to entities.
 */
package com.insightiq.connection.entity;
