/**
 * Pages of the access capability: signing in and out, forgotten passwords, one's profile, a tenant's members. They
 * call the access boundaries and show their answers; rules about passwords, roles and locks live in the boundaries.
 */
package com.insightiq.access.view;
