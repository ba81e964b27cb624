/** Mappings every entity shares (timestamps as TIMESTAMPTZ). */
package com.insightiq.platform.entity;
