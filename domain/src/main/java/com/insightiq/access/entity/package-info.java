/** Users, memberships, platform administrators and tokens (control schema, shared by all tenants). */
package com.insightiq.access.entity;
