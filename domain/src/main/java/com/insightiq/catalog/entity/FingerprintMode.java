package com.insightiq.catalog.entity;

/**
 * Which tables a sync samples. CHANGED (the default) samples tables that are new, changed or never sampled, so a
 * repeated sync of an unchanged database only reads metadata; ALL re-samples everything; NONE is structure only.
 */
public enum FingerprintMode {
    ALL, CHANGED, NONE
}
