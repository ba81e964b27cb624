package com.insightiq.catalog.entity;

/** Why a sync ran: the data source was created, someone asked, or its schedule was due. */
public enum SyncTrigger {
    CREATE, MANUAL, SCHEDULE
}
